import { zodResolver } from '@hookform/resolvers/zod';
import { ExpandMore as ExpandMoreIcon } from '@mui/icons-material';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  Box,
  Divider,
  FormControlLabel,
  MenuItem,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/FormDialog';
import { useNumberStatuses } from '@/features/dictionaries';
import { ProjectPicker } from '@/features/projects';
import { useUsers } from '@/features/users';
import { applyServerFieldErrors, formLevelError, useFieldMessage } from '@/lib/form-errors';
import { useCreateIntegration, useUpdateIntegration } from '../api/integration-mutations';
import { CALL_OUTCOMES, INTEGRATION_KINDS, type Integration, type IntegrationKind } from '../api/types';
import { ExtensionsEditor, type UserOption } from './ExtensionsEditor';
import {
  DEFAULT_API_URLS,
  integrationCreateInput,
  integrationDefaults,
  integrationFieldOf,
  integrationSchema,
  integrationUpdateInput,
  KIND_SECRETS,
  kindSecrets,
  type IntegrationForm,
  type SecretField,
} from './integration-form';
import { OutcomesEditor } from './OutcomesEditor';
import { WebhookAddress } from './WebhookAddress';

export interface IntegrationDialogProps {
  open: boolean;
  /** null connects a new PBX. */
  integration: Integration | null;
  onClose: () => void;
  /** `created`: a new one (the dialog may stay open on it to show its webhook address). */
  onSaved: (integration: Integration, created: boolean) => void;
}

const SECRET_LABELS = {
  numbase: { secret: 'softphone.dialog.secret' },
  zadarma: { secret: 'softphone.dialog.zadarmaSecret', api_key: 'softphone.dialog.zadarmaApiKey' },
  mango: { api_key: 'softphone.dialog.mangoApiKey', api_salt: 'softphone.dialog.mangoApiSalt' },
} as const;

const NO_USERS: readonly UserOption[] = [];

/** Connects a PBX or changes one: name, kind, keys (write-only), extensions, outcomes, the API address. */
export function IntegrationDialog({ open, integration, onClose, onSaved }: IntegrationDialogProps) {
  const { t } = useTranslation();
  const message = useFieldMessage();
  const statuses = useNumberStatuses();
  const users = useUsers({ status: 'active', limit: 500 }, { enabled: open });
  const create = useCreateIntegration();
  const update = useUpdateIntegration();
  const mutation = integration ? update : create;
  const [rest, setRest] = useState<string[]>([]);
  const [advanced, setAdvanced] = useState(false);
  const statusList = useMemo(() => [...(statuses.data ?? [])].sort((a, b) => a.sort_order - b.sort_order || a.id - b.id), [statuses.data]);
  const { register, control, handleSubmit, reset, resetField, getFieldState, setError, getValues, formState: { errors } } = useForm<IntegrationForm>({
    resolver: zodResolver(integrationSchema),
    defaultValues: integrationDefaults(integration, statusList),
  });
  const statusesReady = statuses.data !== undefined;

  useEffect(() => {
    if (open) {
      reset(integrationDefaults(integration, statusList));
      setRest([]);
      setAdvanced(Boolean(integration?.api_url));
      create.reset();
      update.reset();
    }
    // Only opening the dialog starts the form again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, integration]);

  // A new one's outcomes start as the server would set them, once the statuses are known (what
  // was typed meanwhile stays).
  useEffect(() => {
    if (!open || integration !== null || !statusesReady) return;
    const outcomes = integrationDefaults(null, statusList).outcomes;
    for (const outcome of CALL_OUTCOMES) {
      if (!getFieldState(`outcomes.${outcome}`).isDirty) resetField(`outcomes.${outcome}`, { defaultValue: outcomes[outcome] });
    }
  }, [open, integration, statusesReady, statusList, getFieldState, resetField]);

  // A wrong API address is shown, not hidden in the closed part.
  const apiUrlError = errors.api_url;
  useEffect(() => {
    if (apiUrlError) setAdvanced(true);
  }, [apiUrlError]);

  const kind = useWatch({ control, name: 'kind' });
  const userOptions = useMemo<readonly UserOption[]>(
    () => users.data?.data.map(({ id, username }) => ({ id, username })) ?? NO_USERS,
    [users.data],
  );

  const onError = (error: unknown) => setRest(applyServerFieldErrors(error, setError, integrationFieldOf(getValues())));
  const submit = handleSubmit((form) => {
    setRest([]);
    if (integration) {
      update.mutate({ id: integration.id, patch: integrationUpdateInput(form, integration) }, { onSuccess: (saved) => onSaved(saved, false), onError });
    } else {
      create.mutate(integrationCreateInput(form), { onSuccess: (saved) => onSaved(saved, true), onError });
    }
  });

  const defaultUrl = DEFAULT_API_URLS[kind];

  return (
    <FormDialog
      open={open}
      title={integration ? t('softphone.dialog.editTitle', { name: integration.name }) : t('softphone.dialog.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={integration ? t('common.save') : t('common.create')}
      busy={mutation.isPending}
      error={formLevelError(mutation.error)}
      messages={rest}
      maxWidth="md"
    >
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 1fr) minmax(0, 1fr)' } }}>
        <TextField
          {...register('name')}
          label={t('softphone.fields.name')}
          error={Boolean(errors.name)}
          helperText={message(errors.name)}
          autoComplete="off"
          autoFocus={integration === null}
          inputProps={{ maxLength: 100 }}
        />
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <TextField
              select
              label={t('softphone.fields.kind')}
              value={field.value}
              onChange={field.onChange}
              inputRef={field.ref}
              disabled={integration !== null}
              error={Boolean(errors.kind)}
              helperText={message(errors.kind) ?? (integration ? t('softphone.dialog.kindFixed') : undefined)}
              SelectProps={{ inputProps: { 'data-testid': 'integration-kind' } }}
            >
              {INTEGRATION_KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {t(`softphone.kinds.${k}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      </Box>
      <Controller
        control={control}
        name="is_active"
        render={({ field }) => (
          <FormControlLabel
            control={<Switch checked={field.value} onChange={(_e, v) => field.onChange(v)} />}
            label={t('softphone.dialog.active')}
          />
        )}
      />
      {integration ? (
        <WebhookAddress integration={integration} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('softphone.dialog.webhookLater')}
        </Typography>
      )}

      <Divider />
      <Box component="section" aria-labelledby="secrets-title" sx={{ display: 'grid', gap: 1.5 }}>
        <Typography variant="subtitle2" component="h3" id="secrets-title">
          {t('softphone.dialog.secrets')}
        </Typography>
        {integration ? (
          <Alert severity="info" sx={{ py: 0 }} data-testid="secrets-keep">
            {t('softphone.dialog.secretsKeep')}
          </Alert>
        ) : null}
        <SecretFields control={control} register={register} errors={errors} kind={kind} integration={integration} />
      </Box>

      <Divider />
      <ExtensionsEditor
        control={control}
        register={register}
        errors={errors.extensions}
        users={userOptions}
        usersLoading={users.isFetching}
      />

      <Divider />
      <OutcomesEditor control={control} errors={errors.outcomes} statuses={statusList} />
      <Controller
        control={control}
        name="unlinked_project_id"
        render={({ field }) => (
          <ProjectPicker
            value={field.value}
            onChange={field.onChange}
            label={t('softphone.dialog.unlinkedProject')}
            width="100%"
            error={Boolean(errors.unlinked_project_id)}
            helperText={message(errors.unlinked_project_id) ?? t('softphone.dialog.unlinkedProjectHelp')}
          />
        )}
      />

      <Accordion disableGutters variant="outlined" expanded={advanced} onChange={(_e, expanded) => setAdvanced(expanded)} sx={{ '&::before': { display: 'none' } }}>
        <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="integration-advanced" id="integration-advanced-title">
          <Typography variant="subtitle2">{t('softphone.dialog.advanced')}</Typography>
        </AccordionSummary>
        <AccordionDetails id="integration-advanced">
          <TextField
            {...register('api_url')}
            label={t('softphone.dialog.apiUrl')}
            placeholder={defaultUrl ?? 'https://'}
            fullWidth
            error={Boolean(errors.api_url)}
            helperText={
              message(errors.api_url) ??
              (integration ? t('softphone.dialog.apiUrlKeep') : defaultUrl ? t('softphone.dialog.apiUrlDefault', { url: defaultUrl }) : t('softphone.dialog.apiUrlNoDefault'))
            }
            InputLabelProps={{ shrink: true }}
            inputProps={{ maxLength: 500, inputMode: 'url' }}
          />
        </AccordionDetails>
      </Accordion>
    </FormDialog>
  );
}

interface SecretFieldsProps {
  control: Control<IntegrationForm>;
  register: UseFormRegister<IntegrationForm>;
  errors: FieldErrors<IntegrationForm>;
  kind: IntegrationKind;
  integration: Integration | null;
}

/** The kind's keys as password fields: required for a new one; when editing, empty keeps them. */
function SecretFields({ control, register, errors, kind, integration }: SecretFieldsProps) {
  const { t } = useTranslation();
  const message = useFieldMessage();
  const [secret, apiKey] = useWatch({ control, name: ['secret', 'api_key'] });
  const helper = (field: SecretField): string | undefined => {
    const error = message(errors[field]);
    if (error) return error;
    // Zadarma: a new secret without the API key drops the key (they are replaced together).
    if (kind === 'zadarma' && field === 'api_key' && integration !== undefined && secret !== '' && apiKey === '') {
      return t('softphone.dialog.zadarmaApiKeyDropped');
    }
    return KIND_SECRETS[kind].optional.includes(field) ? t('softphone.dialog.optional') : t('softphone.dialog.secretRule');
  };
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 1fr) minmax(0, 1fr)' } }}>
      {kindSecrets(kind).map((field) => (
        <TextField
          key={`${kind}-${field}`}
          {...register(field)}
          type="password"
          label={t((SECRET_LABELS[kind] as Partial<Record<SecretField, 'softphone.dialog.secret'>>)[field] ?? 'softphone.dialog.secret')}
          placeholder={integration ? t('softphone.dialog.keep') : undefined}
          error={Boolean(errors[field])}
          helperText={helper(field)}
          autoComplete="new-password"
          InputLabelProps={integration ? { shrink: true } : undefined}
          inputProps={{ maxLength: 500, 'data-testid': `secret-${field}` }}
        />
      ))}
    </Box>
  );
}
