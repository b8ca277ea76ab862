import { Alert, Box, FormControlLabel, Switch, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatUtcOffset, placeName } from '@/lib/format';
import { useFieldMessage } from '@/lib/form-errors';
import { DistributionFields } from './DistributionFields';
import { GeoSelect } from './GeoSelect';
import type { ProjectFormValues } from './project-form';
import { ProviderSelect } from './ProviderSelect';
import { ScheduleEditor } from './ScheduleEditor';

export interface ProjectFormFieldsProps {
  form: UseFormReturn<ProjectFormValues>;
  disabled: boolean;
  /** What the project receives (active, limit, suppliers, geo, schedule, distribution): read-only
   * for whoever may edit the project but not its settings (projects.settings). */
  settingsDisabled?: boolean;
  isNew: boolean;
  /** Shown in the distribution section (an existing project's pool hint). */
  distributionHint?: ReactNode;
}

/** The fields of the project form, laid out as the old CRM's "Добавить проект". */
export function ProjectFormFields({ form, disabled, settingsDisabled = false, isNew, distributionHint }: ProjectFormFieldsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const message = useFieldMessage();
  const { register, control } = form;
  const errors = form.formState.errors;
  const geo = useWatch({ control, name: 'geo' });
  const zones = [...new Map(geo.map((g) => [g.timezone, g])).values()];
  const settingsOff = disabled || settingsDisabled;

  return (
    <Box sx={{ display: 'grid', gap: 2.25, pt: 0.5 }}>
      {settingsDisabled && !disabled ? <Alert severity="info">{t('projects.form.settingsReadOnly')}</Alert> : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: '150px 170px 1fr', gap: 2, alignItems: 'start' }}>
        <Controller
          control={control}
          name="is_active"
          render={({ field }) => (
            <FormControlLabel
              sx={{ mt: 0.5 }}
              control={<Switch checked={field.value} onChange={(_e, v) => field.onChange(v)} disabled={settingsOff} />}
              label={t('projects.form.active')}
            />
          )}
        />
        <TextField {...register('tag')} label={t('projects.fields.tag')} disabled={disabled} error={!!errors.tag} helperText={message(errors.tag)} />
        <TextField
          {...register('name')}
          label={t('projects.fields.name')}
          required
          disabled={disabled}
          autoFocus={isNew}
          error={!!errors.name}
          helperText={message(errors.name)}
        />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 200px', gap: 2, alignItems: 'start' }}>
        <TextField
          {...register('type')}
          label={t('projects.fields.type')}
          placeholder={t('projects.form.typePlaceholder')}
          InputLabelProps={{ shrink: true }}
          disabled={disabled}
          error={!!errors.type}
          helperText={message(errors.type)}
        />
        <TextField
          {...register('daily_limit', { valueAsNumber: true })}
          type="number"
          label={t('projects.form.dailyLimit')}
          disabled={settingsOff}
          inputProps={{ min: 0, step: 1 }}
          error={!!errors.daily_limit}
          helperText={message(errors.daily_limit) ?? t('projects.form.dailyLimitHint')}
        />
      </Box>
      <Controller
        control={control}
        name="providers"
        render={({ field, fieldState }) => (
          <ProviderSelect
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={message(fieldState.error)}
            disabled={settingsOff}
          />
        )}
      />
      <Controller
        control={control}
        name="geo"
        render={({ field, fieldState }) => (
          <GeoSelect value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={message(fieldState.error)} disabled={settingsOff} />
        )}
      />
      <Box>
        <Controller
          control={control}
          name="schedule"
          render={({ field }) => (
            <ScheduleEditor
              value={field.value}
              onChange={field.onChange}
              disabled={settingsOff}
              rootError={message(errors.schedule)}
              errorFor={(day, window, part) => {
                const d = errors.schedule?.[day];
                if (window === null) return message(d?.enabled);
                return message(part ? d?.windows?.[window]?.[part] : undefined);
              }}
            />
          )}
        />
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5, mx: 1.75 }}>
          {zones.length === 0
            ? t('projects.schedule.timeHintNoGeo')
            : t('projects.schedule.timeHint', {
                zones: zones.map((g) => `${placeName(g, language)} — ${g.timezone}, ${formatUtcOffset(g.timezone)}`).join('; '),
              })}
        </Typography>
      </Box>
      <DistributionFields form={form} disabled={settingsOff} hint={distributionHint} />
      <TextField
        {...register('description')}
        label={t('projects.form.description')}
        multiline
        minRows={2}
        disabled={disabled}
        error={!!errors.description}
        helperText={message(errors.description)}
      />
    </Box>
  );
}
