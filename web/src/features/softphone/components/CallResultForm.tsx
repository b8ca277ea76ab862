import { Alert, Box, Button, CircularProgress, MenuItem, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { ReminderPicker } from '@/components/ui/ReminderPicker';
import { StatusDot, statusName } from '@/components/ui/StatusBadge';
import { useLanguage } from '@/hooks/use-language';
import type { NumberStatus, PhoneNumber } from '@/lib/api-types';
import { applyServerFieldErrors, formLevelError, useFieldMessage } from '@/lib/form-errors';
import { translateServerMessage } from '@/lib/server-messages';
import { useSaveCallResult } from '../api/save-call-result';
import { CALL_RESULT_FIELDS, callResultDefaults, callResultPatch, type CallResultForm as Form } from './call-result';

export interface CallResultFormProps {
  number: PhoneNumber;
  /** In the order the card shows them. */
  statuses: readonly NumberStatus[];
  /** Names the form's fields apart when a call has several numbers. */
  idPrefix: string;
  onSaved: (number: PhoneNumber) => void;
}

/** Status, a note and the callback of one number, saved with one click. */
export function CallResultForm({ number, statuses, idPrefix, onSaved }: CallResultFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const message = useFieldMessage();
  const save = useSaveCallResult();
  const [rest, setRest] = useState<string[]>([]);
  const [nothing, setNothing] = useState(false);
  const { control, register, handleSubmit, setError, resetField, formState: { errors, dirtyFields } } = useForm<Form>({
    defaultValues: callResultDefaults(number),
  });

  // The call's end may move the number to the outcome's status: an untouched field follows it.
  const statusTouched = Boolean(dirtyFields.status_id);
  const reminderTouched = Boolean(dirtyFields.reminder_at);
  useEffect(() => {
    if (!statusTouched) resetField('status_id', { defaultValue: number.status_id });
  }, [number.status_id, statusTouched, resetField]);
  useEffect(() => {
    if (!reminderTouched) resetField('reminder_at', { defaultValue: number.reminder_at });
  }, [number.reminder_at, reminderTouched, resetField]);

  const submit = handleSubmit((form) => {
    setRest([]);
    const patch = callResultPatch(form, number);
    if (Object.keys(patch).length === 0) {
      setNothing(true);
      return;
    }
    save.mutate(
      { id: number.id, patch },
      {
        onSuccess: onSaved,
        onError: (error) => setRest(applyServerFieldErrors(error, setError, (field) => CALL_RESULT_FIELDS[field] ?? null)),
      },
    );
  });

  const failure = formLevelError(save.error);
  return (
    <Box
      component="form"
      noValidate
      onSubmit={submit}
      onChange={() => setNothing(false)}
      sx={{ display: 'grid', gap: 1.5 }}
      aria-label={t('softphone.popup.result')}
      data-testid="call-result-form"
    >
      <Controller
        control={control}
        name="status_id"
        render={({ field }) => (
          <TextField
            select
            size="small"
            id={`${idPrefix}-status`}
            label={t('softphone.popup.status')}
            value={statuses.some((s) => s.id === field.value) ? field.value : ''}
            onChange={(event) => {
              setNothing(false);
              field.onChange(Number(event.target.value));
            }}
            inputRef={field.ref}
            error={Boolean(errors.status_id)}
            helperText={message(errors.status_id)}
            SelectProps={{
              renderValue: (value) => {
                const status = statuses.find((s) => s.id === value);
                return status ? (
                  <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
                    <StatusDot color={status.color} />
                    {statusName(status, language)}
                  </Box>
                ) : null;
              },
            }}
          >
            {statuses.map((s) => (
              <MenuItem key={s.id} value={s.id} sx={{ gap: 1 }}>
                <StatusDot color={s.color} />
                {statusName(s, language)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <TextField
        {...register('note')}
        id={`${idPrefix}-note`}
        size="small"
        label={t('softphone.popup.note')}
        placeholder={t('softphone.popup.notePlaceholder')}
        multiline
        minRows={2}
        maxRows={5}
        error={Boolean(errors.note)}
        helperText={message(errors.note)}
        inputProps={{ maxLength: 5000 }}
        InputLabelProps={{ shrink: true }}
      />
      <Controller
        control={control}
        name="reminder_at"
        render={({ field }) => (
          <ReminderPicker
            value={field.value}
            onChange={(at) => {
              setNothing(false);
              field.onChange(at);
            }}
            calleeTimeZone={null}
            error={message(errors.reminder_at)}
          />
        )}
      />
      {rest.length > 0 ? (
        <Alert severity="error" role="alert">
          {rest.map((m) => (
            <div key={m}>{translateServerMessage(m, t)}</div>
          ))}
        </Alert>
      ) : failure ? (
        <ErrorAlert error={failure} />
      ) : save.isError ? (
        <Alert severity="error" role="alert">
          {t('softphone.popup.fixFields')}
        </Alert>
      ) : null}
      {nothing ? (
        <Alert severity="info" role="status" sx={{ py: 0 }}>
          {t('softphone.popup.nothingToSave')}
        </Alert>
      ) : null}
      <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Button
          type="submit"
          variant="contained"
          disabled={save.isPending}
          startIcon={save.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {t('softphone.popup.save')}
        </Button>
      </Box>
    </Box>
  );
}
