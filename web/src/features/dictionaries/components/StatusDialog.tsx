import { zodResolver } from '@hookform/resolvers/zod';
import { Box, Checkbox, FormControlLabel, FormGroup, TextField } from '@mui/material';
import { useEffect, useState, type ChangeEvent } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/FormDialog';
import { StatusBadge } from '@/components/ui/StatusBadge';
import { useLanguage } from '@/hooks/use-language';
import type { NumberStatus } from '@/lib/api-types';
import { applyServerFieldErrors, formLevelError, useFieldMessage } from '@/lib/form-errors';
import { useSaveNumberStatus } from '../api/status-mutations';
import { STATUS_FIELDS, statusInput, statusSchema, type StatusForm } from './dictionary-schemas';

export interface StatusDialogProps {
  open: boolean;
  status: NumberStatus | null;
  /** Where a new status goes by default: after the last one. */
  nextSortOrder: number;
  onClose: () => void;
  onSaved: (status: NumberStatus) => void;
}

const FLAGS = ['is_processed', 'is_success', 'is_final'] as const;

function defaults(s: NumberStatus | null, nextSortOrder: number): StatusForm {
  return {
    code: s?.code ?? '',
    name_ru: s?.name_ru ?? '',
    name_en: s?.name_en ?? '',
    color: s?.color ?? '#9e9e9e',
    sort_order: s?.sort_order ?? nextSortOrder,
    is_processed: s?.is_processed ?? false,
    is_success: s?.is_success ?? false,
    is_final: s?.is_final ?? false,
  };
}

export function StatusDialog({ open, status, nextSortOrder, onClose, onSaved }: StatusDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const message = useFieldMessage();
  const save = useSaveNumberStatus();
  const [rest, setRest] = useState<string[]>([]);
  const { register, control, handleSubmit, reset, setError, watch, formState: { errors } } = useForm<StatusForm>({
    resolver: zodResolver(statusSchema),
    defaultValues: defaults(status, nextSortOrder),
  });

  useEffect(() => {
    if (open) {
      reset(defaults(status, nextSortOrder));
      setRest([]);
      save.reset();
    }
    // Only opening the dialog starts the form again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, status]);

  const submit = handleSubmit((form) => {
    setRest([]);
    save.mutate(
      { id: status?.id ?? null, input: statusInput(form) },
      { onSuccess: onSaved, onError: (error) => setRest(applyServerFieldErrors(error, setError, STATUS_FIELDS)) },
    );
  });

  const preview = watch(['name_ru', 'name_en', 'color']);

  return (
    <FormDialog
      open={open}
      title={status ? t('dictionaries.statuses.editTitle') : t('dictionaries.statuses.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={status ? t('common.save') : t('common.create')}
      busy={save.isPending}
      error={formLevelError(save.error)}
      messages={rest}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 120px', gap: 2 }}>
        <TextField {...register('code')} label={t('dictionaries.statuses.code')} error={!!errors.code} helperText={message(errors.code)} />
        <TextField
          {...register('sort_order', { valueAsNumber: true })}
          type="number"
          label={t('dictionaries.statuses.sortOrder')}
          error={!!errors.sort_order}
          helperText={message(errors.sort_order)}
        />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
        <TextField {...register('name_ru')} label={t('dictionaries.statuses.nameRu')} error={!!errors.name_ru} helperText={message(errors.name_ru)} />
        <TextField {...register('name_en')} label={t('dictionaries.statuses.nameEn')} error={!!errors.name_en} helperText={message(errors.name_en)} />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
        <Controller
          control={control}
          name="color"
          render={({ field }) => (
            <>
              <Box
                component="input"
                type="color"
                value={/^#[0-9a-fA-F]{6}$/.test(field.value) ? field.value : '#9e9e9e'}
                onChange={(e: ChangeEvent<HTMLInputElement>) => field.onChange(e.target.value)}
                aria-label={t('dictionaries.statuses.color')}
                sx={{ width: 44, height: 38, p: 0.25, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper', cursor: 'pointer' }}
              />
              <TextField
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                label={t('dictionaries.statuses.color')}
                error={!!errors.color}
                helperText={message(errors.color)}
                sx={{ width: 140 }}
              />
            </>
          )}
        />
        <StatusBadge
          status={{ name_ru: preview[0] || '…', name_en: preview[1] || '…', color: /^#[0-9a-fA-F]{6}$/.test(preview[2]) ? preview[2] : '#9e9e9e' }}
          fallback=""
          language={language}
        />
      </Box>
      <FormGroup>
        {FLAGS.map((flag) => (
          <Controller
            key={flag}
            control={control}
            name={flag}
            render={({ field }) => (
              <FormControlLabel
                control={<Checkbox checked={field.value} onChange={(_e, v) => field.onChange(v)} />}
                label={
                  <span>
                    {t(`dictionaries.statuses.flags.${flag}`)}
                    <Box component="span" sx={{ color: 'text.secondary', fontSize: 13, ml: 1 }}>
                      {t(`dictionaries.statuses.flagHints.${flag}`)}
                    </Box>
                  </span>
                }
              />
            )}
          />
        ))}
      </FormGroup>
    </FormDialog>
  );
}
