import { zodResolver } from '@hookform/resolvers/zod';
import { FormControlLabel, Switch, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/FormDialog';
import type { Provider } from '@/lib/api-types';
import { applyServerFieldErrors, formLevelError, useFieldMessage } from '@/lib/form-errors';
import { useSaveProvider } from '../api/provider-mutations';
import { PROVIDER_FIELDS, providerInput, providerSchema, type ProviderForm } from './dictionary-schemas';

export interface ProviderDialogProps {
  open: boolean;
  /** null creates a new provider. */
  provider: Provider | null;
  onClose: () => void;
  onSaved: (provider: Provider) => void;
}

function defaults(p: Provider | null): ProviderForm {
  return { code: p?.code ?? '', name: p?.name ?? '', type: p?.type ?? '', contact: p?.contact ?? '', is_active: p?.is_active ?? true };
}

export function ProviderDialog({ open, provider, onClose, onSaved }: ProviderDialogProps) {
  const { t } = useTranslation();
  const message = useFieldMessage();
  const save = useSaveProvider();
  const [rest, setRest] = useState<string[]>([]);
  const { register, control, handleSubmit, reset, setError, formState: { errors } } = useForm<ProviderForm>({
    resolver: zodResolver(providerSchema),
    defaultValues: defaults(provider),
  });

  useEffect(() => {
    if (open) {
      reset(defaults(provider));
      setRest([]);
      save.reset();
    }
    // Only opening the dialog starts the form again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, provider]);

  const submit = handleSubmit((form) => {
    setRest([]);
    save.mutate(
      { id: provider?.id ?? null, input: providerInput(form) },
      { onSuccess: onSaved, onError: (error) => setRest(applyServerFieldErrors(error, setError, PROVIDER_FIELDS)) },
    );
  });

  return (
    <FormDialog
      open={open}
      title={provider ? t('dictionaries.providers.editTitle') : t('dictionaries.providers.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={provider ? t('common.save') : t('common.create')}
      busy={save.isPending}
      error={formLevelError(save.error)}
      messages={rest}
    >
      <TextField {...register('code')} label={t('dictionaries.providers.code')} error={!!errors.code} helperText={message(errors.code)} autoFocus />
      <TextField {...register('name')} label={t('dictionaries.providers.name')} error={!!errors.name} helperText={message(errors.name)} />
      <TextField {...register('type')} label={t('dictionaries.providers.type')} error={!!errors.type} helperText={message(errors.type)} />
      <TextField {...register('contact')} label={t('dictionaries.providers.contact')} error={!!errors.contact} helperText={message(errors.contact)} />
      <Controller
        control={control}
        name="is_active"
        render={({ field }) => (
          <FormControlLabel control={<Switch checked={field.value} onChange={(_e, v) => field.onChange(v)} />} label={t('common.active')} />
        )}
      />
    </FormDialog>
  );
}
