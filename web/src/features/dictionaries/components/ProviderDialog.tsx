import { zodResolver } from '@hookform/resolvers/zod';
import { FormControlLabel, Switch, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/FormDialog';
import { useLanguage } from '@/hooks/use-language';
import type { Provider } from '@/lib/api-types';
import type { Language } from '@/lib/i18n';
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

/** The price as the language writes a decimal: "1,5" (ru), "1.5" (en); '' for none. */
function priceText(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  return language === 'ru' ? String(value).replace('.', ',') : String(value);
}

function defaults(p: Provider | null, language: Language): ProviderForm {
  return {
    code: p?.code ?? '',
    name: p?.name ?? '',
    type: p?.type ?? '',
    contact: p?.contact ?? '',
    price_per_number: priceText(p?.price_per_number, language),
    is_active: p?.is_active ?? true,
  };
}

export function ProviderDialog({ open, provider, onClose, onSaved }: ProviderDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const message = useFieldMessage();
  const save = useSaveProvider();
  const [rest, setRest] = useState<string[]>([]);
  const { register, control, handleSubmit, reset, setError, formState: { errors } } = useForm<ProviderForm>({
    resolver: zodResolver(providerSchema),
    defaultValues: defaults(provider, language),
  });

  useEffect(() => {
    if (open) {
      reset(defaults(provider, language));
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
      <TextField
        {...register('price_per_number')}
        label={t('dictionaries.providers.pricePerNumber')}
        error={!!errors.price_per_number}
        helperText={message(errors.price_per_number) ?? t('dictionaries.providers.priceHint')}
        inputProps={{ inputMode: 'decimal' }}
      />
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
