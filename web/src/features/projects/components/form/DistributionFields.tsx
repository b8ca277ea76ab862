import { UploadFileOutlined as UploadFileOutlinedIcon } from '@mui/icons-material';
import { Box, Button, FormControlLabel, Switch, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useRef, useState, type ReactNode } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatNumber } from '@/lib/format';
import { useFieldMessage } from '@/lib/form-errors';
import { parseSites, type ProjectFormValues } from './project-form';

/** A text file's contents (FileReader: Blob.text() is missing in some environments). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file cannot be read'));
    reader.readAsText(file);
  });
}

export interface DistributionFieldsProps {
  form: UseFormReturn<ProjectFormValues>;
  disabled: boolean;
  /** A line under the section's title, e.g. "Сейчас в пуле для проекта: 250" (composed by the route). */
  hint?: ReactNode;
}

/** How the project takes numbers from the pool: priority, order, sites, when numbers come again or go back. */
export function DistributionFields({ form, disabled, hint }: DistributionFieldsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const message = useFieldMessage();
  const { register, control, setValue } = form;
  const errors = form.formState.errors;
  const sitesText = useWatch({ control, name: 'sites' });
  const mode = useWatch({ control, name: 'sites_mode' });
  const count = parseSites(sitesText).length;
  const fileInput = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<{ name: string; n: number } | null>(null);

  const loadFile = async (file: File) => {
    const sites = parseSites(await readText(file));
    setValue('sites', sites.join('\n'), { shouldDirty: true, shouldValidate: true });
    setLoaded({ name: file.name, n: sites.length });
  };

  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1.5, px: 2, pt: 1, pb: 2, m: 0, display: 'grid', gap: 2 }}>
      <Typography component="legend" variant="subtitle2" sx={{ px: 0.75, fontWeight: 600 }}>
        {t('projects.form.distribution')}
      </Typography>
      {hint ? <Box sx={{ mt: -0.5 }}>{hint}</Box> : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '140px 200px 1fr 1fr' }, gap: 2, alignItems: 'start' }}>
        <TextField
          {...register('priority', { valueAsNumber: true })}
          type="number"
          label={t('projects.form.priority')}
          disabled={disabled}
          inputProps={{ min: -1000, max: 1000, step: 1 }}
          error={!!errors.priority}
          helperText={message(errors.priority) ?? t('projects.form.priorityHint')}
        />
        <Controller
          control={control}
          name="oldest_first"
          render={({ field }) => (
            <Box>
              <FormControlLabel
                control={<Switch checked={field.value} onChange={(_e, v) => field.onChange(v)} disabled={disabled} />}
                label={t('projects.form.oldestFirst')}
              />
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: -0.5 }}>
                {t('projects.form.oldestFirstHint')}
              </Typography>
            </Box>
          )}
        />
        <TextField
          {...register('receive_again_after_days')}
          type="number"
          label={t('projects.form.receiveAgain')}
          disabled={disabled}
          inputProps={{ min: 1, max: 3650, step: 1 }}
          InputLabelProps={{ shrink: true }}
          error={!!errors.receive_again_after_days}
          helperText={message(errors.receive_again_after_days) ?? t('projects.form.receiveAgainHint')}
        />
        <TextField
          {...register('return_unworked_after_days')}
          type="number"
          label={t('projects.form.returnUnworked')}
          disabled={disabled}
          inputProps={{ min: 1, max: 3650, step: 1 }}
          InputLabelProps={{ shrink: true }}
          error={!!errors.return_unworked_after_days}
          helperText={message(errors.return_unworked_after_days) ?? t('projects.form.returnUnworkedHint')}
        />
      </Box>
      <Box sx={{ display: 'grid', gap: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('projects.form.sites')}
          </Typography>
          <Controller
            control={control}
            name="sites_mode"
            render={({ field }) => (
              <ToggleButtonGroup
                exclusive
                size="small"
                color="primary"
                value={field.value}
                onChange={(_e, v: ProjectFormValues['sites_mode'] | null) => {
                  if (v) field.onChange(v);
                }}
                disabled={disabled}
                aria-label={t('projects.form.sitesMode')}
              >
                <ToggleButton value="include" sx={{ textTransform: 'none', px: 1.5 }}>
                  {t('projects.form.sitesInclude')}
                </ToggleButton>
                <ToggleButton value="exclude" sx={{ textTransform: 'none', px: 1.5 }}>
                  {t('projects.form.sitesExclude')}
                </ToggleButton>
              </ToggleButtonGroup>
            )}
          />
          <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
            {count === 0
              ? t('projects.form.sitesEmptyHint')
              : mode === 'include'
                ? t('projects.form.sitesIncludeHint')
                : t('projects.form.sitesExcludeHint')}
          </Typography>
          <input
            ref={fileInput}
            type="file"
            accept=".txt,.csv,text/plain"
            hidden
            aria-label={t('projects.form.sitesUploadInput')}
            data-testid="sites-file-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void loadFile(file);
            }}
          />
          <Button size="small" startIcon={<UploadFileOutlinedIcon />} disabled={disabled} onClick={() => fileInput.current?.click()}>
            {t('projects.form.sitesUpload')}
          </Button>
        </Box>
        <TextField
          {...register('sites')}
          label={t('projects.form.sitesList')}
          placeholder={t('projects.form.sitesPlaceholder')}
          multiline
          minRows={3}
          maxRows={10}
          disabled={disabled}
          InputLabelProps={{ shrink: true }}
          inputProps={{ spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } }}
          error={!!errors.sites}
          helperText={
            message(errors.sites) ??
            [loaded ? t('projects.form.sitesUploaded', { name: loaded.name, n: formatNumber(loaded.n, language) }) : null, t('projects.form.sitesCount', { n: formatNumber(count, language) })]
              .filter(Boolean)
              .join(' · ')
          }
        />
      </Box>
    </Box>
  );
}
