import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Divider, FormControlLabel, Switch, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/FormDialog';
import { applyServerFieldErrors, formLevelError, useFieldMessage } from '@/lib/form-errors';
import { useCreateHost, useUpdateHost } from '../api/hosts';
import { AUTH_METHODS, type AuthMethod, type Host } from '../api/types';
import { hostCreateInput, hostDefaults, hostFieldOf, hostSchema, hostUpdateInput, type HostForm } from './host-form';

export interface HostDialogProps {
  open: boolean;
  /** null adds a new host. */
  host: Host | null;
  onClose: () => void;
  /** `created`: a new one (its key is still to be accepted). */
  onSaved: (host: Host, created: boolean) => void;
}

const twoColumns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 1fr) minmax(0, 1fr)' } } as const;

/** Adds an SFTP host or changes one: address, user, password or private key (write-only), directory. */
export function HostDialog({ open, host, onClose, onSaved }: HostDialogProps) {
  const { t } = useTranslation();
  const message = useFieldMessage();
  const create = useCreateHost();
  const update = useUpdateHost();
  const mutation = host ? update : create;
  const [rest, setRest] = useState<string[]>([]);
  const { register, control, handleSubmit, reset, setError, clearErrors, formState: { errors } } = useForm<HostForm>({
    resolver: zodResolver(hostSchema),
    defaultValues: hostDefaults(host),
  });

  useEffect(() => {
    if (open) {
      reset(hostDefaults(host));
      setRest([]);
      create.reset();
      update.reset();
    }
    // Only opening the dialog starts the form again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, host]);

  const [method, address, port] = useWatch({ control, name: ['auth_method', 'host', 'port'] });
  const movesHost = host !== null && (address.trim() !== host.host || Number(port) !== host.port) && host.host_key_fingerprint !== null;

  const onError = (error: unknown) => setRest(applyServerFieldErrors(error, setError, hostFieldOf));
  const submit = handleSubmit((form) => {
    setRest([]);
    if (host) {
      update.mutate({ id: host.id, patch: hostUpdateInput(form, host) }, { onSuccess: (saved) => onSaved(saved, false), onError });
    } else {
      create.mutate(hostCreateInput(form), { onSuccess: (saved) => onSaved(saved, true), onError });
    }
  });

  /** "Сейчас: задан. Пусто — не менять" when editing; the field's error first. */
  const secretHelper = (error: typeof errors.password, stored: boolean, hint?: string): string | undefined =>
    message(error) ??
    (host ? t('sftp.hostDialog.secretState', { state: stored ? t('sftp.hostDialog.secretSet') : t('sftp.hostDialog.secretNotSet') }) : hint);

  return (
    <FormDialog
      open={open}
      title={host ? t('sftp.hostDialog.editTitle', { name: host.name }) : t('sftp.hostDialog.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={host ? t('common.save') : t('common.create')}
      busy={mutation.isPending}
      error={formLevelError(mutation.error)}
      messages={rest}
      maxWidth="md"
    >
      <TextField
        {...register('name')}
        label={t('sftp.hostDialog.name')}
        error={Boolean(errors.name)}
        helperText={message(errors.name)}
        autoComplete="off"
        autoFocus={host === null}
        inputProps={{ maxLength: 100 }}
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 3fr) minmax(0, 1fr)' } }}>
        <TextField
          {...register('host')}
          label={t('sftp.hostDialog.host')}
          error={Boolean(errors.host)}
          helperText={message(errors.host) ?? t('sftp.hostDialog.hostHint')}
          autoComplete="off"
          placeholder="sftp.example.com"
          inputProps={{ maxLength: 255, spellCheck: false }}
        />
        <TextField
          {...register('port')}
          label={t('sftp.hostDialog.port')}
          error={Boolean(errors.port)}
          helperText={message(errors.port)}
          autoComplete="off"
          inputProps={{ inputMode: 'numeric', maxLength: 5 }}
        />
      </Box>
      {movesHost ? (
        <Alert severity="warning" sx={{ py: 0 }} data-testid="host-change-forgets-key">
          {t('sftp.hostDialog.hostChangeForgetsKey')}
        </Alert>
      ) : null}
      <Box sx={twoColumns}>
        <TextField
          {...register('username')}
          label={t('sftp.hostDialog.username')}
          error={Boolean(errors.username)}
          helperText={message(errors.username)}
          autoComplete="off"
          inputProps={{ maxLength: 100, spellCheck: false }}
        />
        <TextField
          {...register('remote_directory')}
          label={t('sftp.hostDialog.remoteDirectory')}
          error={Boolean(errors.remote_directory)}
          helperText={message(errors.remote_directory) ?? t('sftp.hostDialog.remoteDirectoryHint')}
          autoComplete="off"
          inputProps={{ maxLength: 1000, spellCheck: false }}
        />
      </Box>

      <Divider />
      <Box component="section" aria-labelledby="sftp-secrets-title" sx={{ display: 'grid', gap: 1.5 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Typography variant="subtitle2" component="h3" id="sftp-secrets-title" sx={{ flexGrow: 1 }}>
            {t('sftp.hostDialog.secrets')}
          </Typography>
          <Controller
            control={control}
            name="auth_method"
            render={({ field }) => (
              <ToggleButtonGroup
                exclusive
                size="small"
                color="primary"
                value={field.value}
                onChange={(_e, v: AuthMethod | null) => {
                  if (!v) return;
                  field.onChange(v);
                  clearErrors(['password', 'private_key']);
                }}
                aria-label={t('sftp.hostDialog.authMethod')}
              >
                {AUTH_METHODS.map((m) => (
                  <ToggleButton key={m} value={m} sx={{ textTransform: 'none', px: 2 }}>
                    {t(`sftp.hosts.auth.${m}`)}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
            )}
          />
        </Box>
        {host ? (
          <Alert severity="info" sx={{ py: 0 }} data-testid="secrets-keep">
            {t('sftp.hostDialog.secretsKeep')}
          </Alert>
        ) : null}
        {method === 'password' ? (
          <TextField
            {...register('password')}
            type="password"
            label={t('sftp.hostDialog.password')}
            placeholder={host?.has_password ? t('sftp.hostDialog.keep') : undefined}
            error={Boolean(errors.password)}
            helperText={secretHelper(errors.password, host?.has_password ?? false)}
            autoComplete="new-password"
            InputLabelProps={host ? { shrink: true } : undefined}
            inputProps={{ 'data-testid': 'secret-password' }}
          />
        ) : (
          <>
            <TextField
              {...register('private_key')}
              label={t('sftp.hostDialog.privateKey')}
              placeholder={host?.has_private_key ? t('sftp.hostDialog.keep') : '-----BEGIN OPENSSH PRIVATE KEY-----'}
              error={Boolean(errors.private_key)}
              helperText={secretHelper(errors.private_key, host?.has_private_key ?? false, t('sftp.hostDialog.privateKeyHint'))}
              multiline
              minRows={4}
              maxRows={10}
              autoComplete="off"
              InputLabelProps={{ shrink: true }}
              inputProps={{ spellCheck: false, 'data-testid': 'secret-private-key' }}
              sx={{ '& textarea': { fontFamily: 'monospace', fontSize: 12.5 } }}
            />
            <TextField
              {...register('passphrase')}
              type="password"
              label={t('sftp.hostDialog.passphrase')}
              placeholder={host?.has_passphrase ? t('sftp.hostDialog.keep') : undefined}
              error={Boolean(errors.passphrase)}
              helperText={secretHelper(errors.passphrase, host?.has_passphrase ?? false, t('sftp.hostDialog.passphraseHint'))}
              autoComplete="new-password"
              InputLabelProps={host ? { shrink: true } : undefined}
              inputProps={{ 'data-testid': 'secret-passphrase' }}
            />
          </>
        )}
      </Box>
      <Controller
        control={control}
        name="is_active"
        render={({ field }) => (
          <FormControlLabel control={<Switch checked={field.value} onChange={(_e, v) => field.onChange(v)} />} label={t('sftp.hostDialog.active')} />
        )}
      />
    </FormDialog>
  );
}
