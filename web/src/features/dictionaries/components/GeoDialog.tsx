import { zodResolver } from '@hookform/resolvers/zod';
import { Autocomplete, Box, FormControlLabel, Switch, TextField } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/FormDialog';
import type { Geo } from '@/lib/api-types';
import { formatUtcOffset } from '@/lib/format';
import { applyServerFieldErrors, formLevelError, useFieldMessage } from '@/lib/form-errors';
import { useSaveGeo } from '../api/geo-mutations';
import { GEO_FIELDS, geoInput, geoSchema, type GeoForm } from './dictionary-schemas';

export interface GeoDialogProps {
  open: boolean;
  geo: Geo | null;
  onClose: () => void;
  onSaved: (geo: Geo) => void;
}

function defaults(g: Geo | null): GeoForm {
  return {
    country: g?.country ?? 'RU',
    region: g?.region ?? '',
    city: g?.city ?? '',
    name: g?.name ?? '',
    name_en: g?.name_en ?? '',
    timezone: g?.timezone ?? 'Europe/Moscow',
    is_active: g?.is_active ?? true,
  };
}

export function GeoDialog({ open, geo, onClose, onSaved }: GeoDialogProps) {
  const { t } = useTranslation();
  const message = useFieldMessage();
  const save = useSaveGeo();
  const [rest, setRest] = useState<string[]>([]);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const { register, control, handleSubmit, reset, setError, formState: { errors } } = useForm<GeoForm>({
    resolver: zodResolver(geoSchema),
    defaultValues: defaults(geo),
  });

  useEffect(() => {
    if (open) {
      reset(defaults(geo));
      setRest([]);
      save.reset();
    }
    // Only opening the dialog starts the form again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, geo]);

  const submit = handleSubmit((form) => {
    setRest([]);
    save.mutate(
      { id: geo?.id ?? null, input: geoInput(form) },
      { onSuccess: onSaved, onError: (error) => setRest(applyServerFieldErrors(error, setError, GEO_FIELDS)) },
    );
  });

  return (
    <FormDialog
      open={open}
      title={geo ? t('dictionaries.geo.editTitle') : t('dictionaries.geo.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={geo ? t('common.save') : t('common.create')}
      busy={save.isPending}
      error={formLevelError(save.error)}
      messages={rest}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: '110px 1fr 1fr', gap: 2 }}>
        <TextField
          {...register('country')}
          label={t('dictionaries.geo.country')}
          error={!!errors.country}
          helperText={message(errors.country)}
          inputProps={{ maxLength: 2, style: { textTransform: 'uppercase' } }}
        />
        <TextField {...register('region')} label={t('dictionaries.geo.region')} error={!!errors.region} helperText={message(errors.region)} />
        <TextField {...register('city')} label={t('dictionaries.geo.city')} error={!!errors.city} helperText={message(errors.city)} />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
        <TextField {...register('name')} label={t('dictionaries.geo.name')} error={!!errors.name} helperText={message(errors.name)} />
        <TextField
          {...register('name_en')}
          label={t('dictionaries.geo.nameEn')}
          error={!!errors.name_en}
          helperText={message(errors.name_en) ?? t('dictionaries.geo.nameEnHint')}
        />
      </Box>
      <Controller
        control={control}
        name="timezone"
        render={({ field }) => (
          <Autocomplete
            freeSolo
            options={zones}
            value={field.value}
            onChange={(_e, value) => field.onChange(value ?? '')}
            onInputChange={(_e, value) => field.onChange(value)}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t('dictionaries.geo.timezone')}
                error={!!errors.timezone}
                helperText={message(errors.timezone) ?? formatUtcOffset(field.value)}
              />
            )}
          />
        )}
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
