import { zodResolver } from '@hookform/resolvers/zod';
import { Add as AddIcon, Close as CloseIcon } from '@mui/icons-material';
import {
  Box,
  Button,
  Checkbox,
  Divider,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  IconButton,
  MenuItem,
  Radio,
  RadioGroup,
  Switch,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/FormDialog';
import { statusName } from '@/components/ui/StatusBadge';
import { GeoPicker, useNumberStatuses, useProviders } from '@/features/dictionaries';
import { ProjectPicker } from '@/features/projects';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useLanguage } from '@/hooks/use-language';
import { isApiError } from '@/lib/api-client';
import { applyServerFieldErrors, formLevelError, useFieldMessage } from '@/lib/form-errors';
import { useHosts } from '../api/hosts';
import { useCreateSchedule, useCronPreview, useUpdateSchedule } from '../api/schedules';
import { DIRECTIONS, IMPORT_COLUMNS, type Direction, type ImportColumn, type ImportTarget, type Schedule } from '../api/types';
import { CronPreview } from './CronPreview';
import {
  COLUMN_MODES,
  EXPORT_DELIMITERS,
  EXPORT_FORMATS,
  EXPORT_LANGUAGES,
  FIRST_COLUMN,
  MAX_COLUMNS,
  OUTSIDE_GEO_CHOICES,
  scheduleCreateInput,
  scheduleDefaults,
  scheduleFieldOf,
  scheduleSchema,
  scheduleUpdateInput,
  templateForFormat,
  type ScheduleForm,
} from './schedule-form';
import { TimezoneField } from './TimezoneField';

export interface ScheduleDialogProps {
  open: boolean;
  /** null adds a new schedule. */
  schedule: Schedule | null;
  onClose: () => void;
  onSaved: (schedule: Schedule, created: boolean) => void;
}

const DELIMITER_KEYS = { ';': 'semicolon', ',': 'comma' } as const;
const grid = (columns: string) => ({ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: columns }, alignItems: 'start' }) as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="subtitle2" component="h3" id={id}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** The server's 422 issue of the preview for one field ("cron" or "timezone"), if any. */
function previewIssue(error: unknown, field: 'cron' | 'timezone'): string | undefined {
  if (!isApiError(error) || error.status !== 422) return undefined;
  return error.details.find((d) => d.field === field || d.field === (field === 'cron' ? 'expression' : field))?.issue;
}

/**
 * Adds an SFTP schedule or changes one: the host, the direction (fixed once made), the cron
 * expression with its next five runs as the server counts them, the zone, and what is taken
 * (the remote file or pattern, where its numbers go) or written (the export's file).
 */
export function ScheduleDialog({ open, schedule, onClose, onSaved }: ScheduleDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const message = useFieldMessage();
  const hosts = useHosts({ enabled: open });
  const providers = useProviders();
  const statuses = useNumberStatuses();
  const create = useCreateSchedule();
  const update = useUpdateSchedule();
  const mutation = schedule ? update : create;
  const [rest, setRest] = useState<string[]>([]);
  const { register, control, handleSubmit, reset, setError, clearErrors, getValues, setValue, formState: { errors } } = useForm<ScheduleForm>({
    resolver: zodResolver(scheduleSchema),
    defaultValues: scheduleDefaults(schedule),
  });

  useEffect(() => {
    if (open) {
      reset(scheduleDefaults(schedule));
      setRest([]);
      create.reset();
      update.reset();
    }
    // Only opening the dialog starts the form again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, schedule]);

  const [direction, target, cron, timezone, format, columnsMode] = useWatch({
    control,
    name: ['direction', 'target', 'cron', 'timezone', 'format', 'columns_mode'],
  });
  const previewCron = useDebouncedValue(cron.trim(), 400);
  const previewZone = useDebouncedValue(timezone.trim(), 400);
  const preview = useCronPreview(previewCron, previewZone, open);
  const cronIssue = preview.isError ? previewIssue(preview.error, 'cron') : undefined;
  const zoneIssue = preview.isError ? previewIssue(preview.error, 'timezone') : undefined;
  const checking = preview.isFetching || previewCron !== cron.trim() || previewZone !== timezone.trim();

  const onError = (error: unknown) => setRest(applyServerFieldErrors(error, setError, scheduleFieldOf));
  const submit = handleSubmit((form) => {
    setRest([]);
    if (schedule) {
      update.mutate({ id: schedule.id, patch: scheduleUpdateInput(form, schedule) }, { onSuccess: (saved) => onSaved(saved, false), onError });
    } else {
      create.mutate(scheduleCreateInput(form), { onSuccess: (saved) => onSaved(saved, true), onError });
    }
  });

  const hostList = hosts.data ?? [];

  return (
    <FormDialog
      open={open}
      title={schedule ? t('sftp.scheduleDialog.editTitle', { name: schedule.name }) : t('sftp.scheduleDialog.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={schedule ? t('common.save') : t('common.create')}
      busy={mutation.isPending}
      error={formLevelError(mutation.error)}
      messages={rest}
      maxWidth="md"
    >
      <Box sx={grid('minmax(0, 1fr) minmax(0, 1fr)')}>
        <TextField
          {...register('name')}
          label={t('sftp.scheduleDialog.name')}
          error={Boolean(errors.name)}
          helperText={message(errors.name)}
          autoComplete="off"
          autoFocus={schedule === null}
          inputProps={{ maxLength: 100 }}
        />
        <Controller
          control={control}
          name="config_id"
          render={({ field }) => (
            <TextField
              select
              label={t('sftp.scheduleDialog.host')}
              value={field.value === null ? '' : String(field.value)}
              onChange={(event) => field.onChange(event.target.value === '' ? null : Number(event.target.value))}
              inputRef={field.ref}
              error={Boolean(errors.config_id)}
              helperText={message(errors.config_id) ?? (hosts.isSuccess && hostList.length === 0 ? t('sftp.schedules.noHosts') : undefined)}
              SelectProps={{ inputProps: { 'data-testid': 'schedule-host' } }}
            >
              {hostList.map((h) => (
                <MenuItem key={h.id} value={String(h.id)}>
                  {h.name}
                  <Box component="span" sx={{ color: 'text.secondary', ml: 1, fontSize: 13 }}>
                    {h.host}
                  </Box>
                </MenuItem>
              ))}
              {field.value !== null && !hostList.some((h) => h.id === field.value) ? (
                <MenuItem value={String(field.value)}>{schedule?.config_name ?? `#${field.value}`}</MenuItem>
              ) : null}
            </TextField>
          )}
        />
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Controller
          control={control}
          name="direction"
          render={({ field }) => (
            <ToggleButtonGroup
              exclusive
              size="small"
              color="primary"
              value={field.value}
              onChange={(_e, v: Direction | null) => {
                if (v) field.onChange(v);
              }}
              aria-label={t('sftp.scheduleDialog.direction')}
              disabled={schedule !== null}
            >
              {DIRECTIONS.map((d) => (
                <ToggleButton key={d} value={d} sx={{ textTransform: 'none', px: 2.5 }}>
                  {t(`sftp.schedules.direction.${d}`)}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
          )}
        />
        {schedule ? (
          <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
            {t('sftp.scheduleDialog.directionFixed')}
          </Typography>
        ) : (
          <Box sx={{ flexGrow: 1 }} />
        )}
        <Controller
          control={control}
          name="is_enabled"
          render={({ field }) => (
            <FormControlLabel control={<Switch checked={field.value} onChange={(_e, v) => field.onChange(v)} />} label={t('sftp.scheduleDialog.enabled')} />
          )}
        />
      </Box>

      <Box sx={grid('minmax(0, 1fr) minmax(0, 1fr)')}>
        <TextField
          {...register('cron')}
          label={t('sftp.scheduleDialog.cron')}
          error={Boolean(errors.cron) || Boolean(cronIssue)}
          helperText={message(errors.cron) ?? (cronIssue ? message({ message: cronIssue }) : t('sftp.scheduleDialog.cronHint'))}
          autoComplete="off"
          inputProps={{ maxLength: 200, spellCheck: false, 'data-testid': 'schedule-cron' }}
          sx={{ '& input': { fontFamily: 'monospace' } }}
        />
        <Controller
          control={control}
          name="timezone"
          render={({ field }) => (
            <TimezoneField
              value={field.value}
              onChange={field.onChange}
              label={t('sftp.scheduleDialog.timezone')}
              error={Boolean(errors.timezone) || Boolean(zoneIssue)}
              helperText={message(errors.timezone) ?? (zoneIssue ? message({ message: zoneIssue }) : undefined)}
            />
          )}
        />
      </Box>
      <CronPreview cron={cron} timezone={timezone} next={preview.data?.next} checking={checking} invalid={preview.isError} />

      <Divider />
      {direction === 'import' ? (
        <Section id="schedule-import-title" title={t('sftp.scheduleDialog.import.title')}>
          <TextField
            {...register('remote_path')}
            label={t('sftp.scheduleDialog.import.remotePath')}
            placeholder="in/*.csv"
            error={Boolean(errors.remote_path)}
            helperText={message(errors.remote_path) ?? t('sftp.scheduleDialog.import.remotePathHint')}
            autoComplete="off"
            InputLabelProps={{ shrink: true }}
            inputProps={{ maxLength: 1000, spellCheck: false }}
            sx={{ '& input': { fontFamily: 'monospace' } }}
          />
          <Controller
            control={control}
            name="target"
            render={({ field }) => (
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
                <Typography variant="body2" color="text.secondary" id="schedule-target-label">
                  {t('sftp.scheduleDialog.import.target')}
                </Typography>
                <ToggleButtonGroup
                  exclusive
                  size="small"
                  color="primary"
                  value={field.value}
                  onChange={(_e, v: ImportTarget | null) => {
                    if (!v) return;
                    field.onChange(v);
                    clearErrors(['project_id', 'provider_id']);
                  }}
                  aria-labelledby="schedule-target-label"
                >
                  <ToggleButton value="project" sx={{ textTransform: 'none', px: 2 }}>
                    {t('sftp.scheduleDialog.import.toProject')}
                  </ToggleButton>
                  <ToggleButton value="pool" sx={{ textTransform: 'none', px: 2 }}>
                    {t('sftp.scheduleDialog.import.toPool')}
                  </ToggleButton>
                </ToggleButtonGroup>
              </Box>
            )}
          />
          <Box sx={grid('minmax(0, 1.6fr) minmax(0, 1.2fr) minmax(0, 1.4fr) minmax(0, 0.9fr)')}>
            {target === 'project' ? (
              <Controller
                control={control}
                name="project_id"
                render={({ field }) => (
                  <ProjectPicker
                    value={field.value}
                    onChange={field.onChange}
                    label={t('sftp.scheduleDialog.import.project')}
                    placeholder={t('sftp.scheduleDialog.import.projectPlaceholder')}
                    width="100%"
                    required
                    error={Boolean(errors.project_id)}
                    helperText={message(errors.project_id)}
                  />
                )}
              />
            ) : (
              <TextField size="small" label={t('sftp.scheduleDialog.import.project')} value={t('imports.target.pool')} disabled fullWidth />
            )}
            <Controller
              control={control}
              name="provider_id"
              render={({ field }) => (
                <TextField
                  select
                  size="small"
                  label={t('sftp.scheduleDialog.import.provider')}
                  value={field.value === null ? '' : String(field.value)}
                  onChange={(event) => field.onChange(event.target.value === '' ? null : Number(event.target.value))}
                  inputRef={field.ref}
                  error={Boolean(errors.provider_id)}
                  helperText={message(errors.provider_id)}
                  required={target === 'pool'}
                  SelectProps={{ displayEmpty: true, inputProps: { 'data-testid': 'schedule-provider' } }}
                  InputLabelProps={{ shrink: true }}
                >
                  <MenuItem value="">{t('sftp.scheduleDialog.import.providerNone')}</MenuItem>
                  {(providers.data ?? [])
                    .filter((p) => p.is_active || p.id === field.value)
                    .map((p) => (
                      <MenuItem key={p.id} value={String(p.id)}>
                        {p.code}
                        <Box component="span" sx={{ color: 'text.secondary', ml: 1, fontSize: 13 }}>
                          {p.name}
                        </Box>
                      </MenuItem>
                    ))}
                </TextField>
              )}
            />
            <Controller
              control={control}
              name="geo_id"
              render={({ field }) => (
                <GeoPicker
                  value={field.value}
                  onChange={field.onChange}
                  label={t('sftp.scheduleDialog.import.geo')}
                  placeholder={t('sftp.scheduleDialog.import.geoPlaceholder')}
                  error={Boolean(errors.geo_id)}
                  helperText={message(errors.geo_id)}
                />
              )}
            />
            <Controller
              control={control}
              name="region"
              render={({ field }) => (
                <TextField
                  {...field}
                  size="small"
                  onChange={(event) => field.onChange(event.target.value.toUpperCase().slice(0, 2))}
                  label={t('sftp.scheduleDialog.import.region')}
                  error={Boolean(errors.region)}
                  helperText={message(errors.region) ?? t('sftp.scheduleDialog.import.regionHint')}
                  inputProps={{ maxLength: 2, autoCapitalize: 'characters', spellCheck: false }}
                  InputLabelProps={{ shrink: true }}
                />
              )}
            />
          </Box>
          {target === 'project' ? (
            <Controller
              control={control}
              name="outside_geo"
              render={({ field }) => (
                <FormControl error={Boolean(errors.outside_geo)} sx={{ display: 'flex', flexDirection: 'row', alignItems: 'center', columnGap: 2, flexWrap: 'wrap' }}>
                  <FormLabel id="schedule-outside-geo-label" sx={{ color: 'text.primary', '&.Mui-focused': { color: 'text.primary' } }}>
                    {t('sftp.scheduleDialog.import.outsideGeo')}
                  </FormLabel>
                  <RadioGroup row aria-labelledby="schedule-outside-geo-label" name={field.name} value={field.value} onChange={(_e, v) => field.onChange(v)}>
                    {OUTSIDE_GEO_CHOICES.map((choice) => (
                      <FormControlLabel key={choice} value={choice} control={<Radio size="small" />} label={t(`sftp.scheduleDialog.import.outsideGeoChoices.${choice}`)} />
                    ))}
                  </RadioGroup>
                  {errors.outside_geo ? <FormHelperText sx={{ mx: 0, flexBasis: '100%', mt: 0 }}>{message(errors.outside_geo)}</FormHelperText> : null}
                </FormControl>
              )}
            />
          ) : null}
          <Controller
            control={control}
            name="columns_mode"
            render={({ field }) => (
              <FormControl sx={{ display: 'flex', flexDirection: 'row', alignItems: 'center', columnGap: 2, flexWrap: 'wrap' }}>
                <FormLabel id="schedule-columns-label" sx={{ color: 'text.primary', '&.Mui-focused': { color: 'text.primary' } }}>
                  {t('sftp.scheduleDialog.import.columns.label')}
                </FormLabel>
                <RadioGroup
                  row
                  aria-labelledby="schedule-columns-label"
                  name={field.name}
                  value={field.value}
                  onChange={(_e, v) => {
                    field.onChange(v);
                    clearErrors('columns');
                    if (v === 'manual' && getValues('columns').length === 0) setValue('columns', [FIRST_COLUMN]);
                  }}
                >
                  {COLUMN_MODES.map((mode) => (
                    <FormControlLabel key={mode} value={mode} control={<Radio size="small" />} label={t(`sftp.scheduleDialog.import.columns.${mode}`)} />
                  ))}
                </RadioGroup>
              </FormControl>
            )}
          />
          {columnsMode === 'manual' ? (
            <Controller
              control={control}
              name="columns"
              render={({ field }) => (
                <FormControl error={Boolean(errors.columns)} component="fieldset" aria-labelledby="schedule-columns-label" sx={{ display: 'grid', gap: 1.5 }}>
                  <Box data-testid="schedule-columns" sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: 'repeat(auto-fill, minmax(200px, 1fr))' } }}>
                    {field.value.map((column, index) => (
                      <Box key={index} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                        <TextField
                          select
                          size="small"
                          fullWidth
                          label={t('sftp.scheduleDialog.import.columns.column', { n: String(index + 1) })}
                          value={column}
                          inputRef={index === 0 ? field.ref : undefined}
                          error={Boolean(errors.columns) && column !== 'phone'}
                          onChange={(event) => {
                            field.onChange(field.value.map((c, i) => (i === index ? (event.target.value as ImportColumn) : c)));
                            clearErrors('columns');
                          }}
                          sx={{ '& .MuiSelect-select': { fontWeight: column === 'phone' ? 600 : 400, color: column === 'ignore' ? 'text.secondary' : undefined } }}
                        >
                          {IMPORT_COLUMNS.map((c) => (
                            <MenuItem key={c} value={c}>
                              {t(`imports.columns.${c}`)}
                            </MenuItem>
                          ))}
                        </TextField>
                        <IconButton
                          size="small"
                          aria-label={t('sftp.scheduleDialog.import.columns.remove', { n: String(index + 1) })}
                          disabled={field.value.length <= 1}
                          onClick={() => {
                            field.onChange(field.value.filter((_c, i) => i !== index));
                            clearErrors('columns');
                          }}
                        >
                          <CloseIcon fontSize="small" />
                        </IconButton>
                      </Box>
                    ))}
                  </Box>
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
                    <Button
                      size="small"
                      startIcon={<AddIcon />}
                      disabled={field.value.length >= MAX_COLUMNS}
                      onClick={() => field.onChange([...field.value, 'ignore'])}
                    >
                      {t('sftp.scheduleDialog.import.columns.add')}
                    </Button>
                    <FormHelperText sx={{ m: 0 }}>{message(errors.columns) ?? t('sftp.scheduleDialog.import.columns.hint')}</FormHelperText>
                  </Box>
                </FormControl>
              )}
            />
          ) : errors.columns ? (
            // The server's issue about columns stored before, if the mapping was switched to the header.
            <FormHelperText error sx={{ mt: -1.5 }}>{message(errors.columns)}</FormHelperText>
          ) : null}
          <Controller
            control={control}
            name="move_to_processed"
            render={({ field }) => (
              <FormControlLabel
                control={<Checkbox checked={field.value} onChange={(_e, v) => field.onChange(v)} />}
                label={t('sftp.scheduleDialog.import.moveToProcessed')}
              />
            )}
          />
        </Section>
      ) : (
        <Section id="schedule-export-title" title={t('sftp.scheduleDialog.export.title')}>
          <Box sx={grid('minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1fr)')}>
            <Controller
              control={control}
              name="format"
              render={({ field }) => (
                <TextField
                  select
                  label={t('sftp.scheduleDialog.export.format')}
                  value={field.value}
                  inputRef={field.ref}
                  onChange={(event) => {
                    const next = event.target.value as ScheduleForm['format'];
                    field.onChange(next);
                    // The default name follows the format; a name of one's own stays.
                    setValue('filename_template', templateForFormat(getValues('filename_template'), next));
                  }}
                >
                  {EXPORT_FORMATS.map((f) => (
                    <MenuItem key={f} value={f}>
                      {t(`exports.formats.${f}`)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            <Controller
              control={control}
              name="delimiter"
              render={({ field }) => (
                <TextField
                  select
                  label={t('sftp.scheduleDialog.export.delimiter')}
                  value={field.value}
                  inputRef={field.ref}
                  onChange={field.onChange}
                  disabled={format !== 'csv'}
                >
                  {EXPORT_DELIMITERS.map((d) => (
                    <MenuItem key={d} value={d}>
                      {t(`exports.delimiters.${DELIMITER_KEYS[d]}`)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            <Controller
              control={control}
              name="language"
              render={({ field }) => (
                <TextField select label={t('sftp.scheduleDialog.export.language')} value={field.value} inputRef={field.ref} onChange={field.onChange}>
                  {EXPORT_LANGUAGES.map((l) => (
                    <MenuItem key={l} value={l}>
                      {t(`language.${l}`)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
          </Box>
          <Box sx={grid('minmax(0, 1fr) minmax(0, 1fr)')}>
            <TextField
              {...register('remote_directory')}
              label={t('sftp.scheduleDialog.export.remoteDirectory')}
              placeholder="out"
              error={Boolean(errors.remote_directory)}
              helperText={message(errors.remote_directory) ?? t('sftp.scheduleDialog.export.remoteDirectoryHint')}
              autoComplete="off"
              InputLabelProps={{ shrink: true }}
              inputProps={{ maxLength: 1000, spellCheck: false }}
              sx={{ '& input': { fontFamily: 'monospace' } }}
            />
            <TextField
              {...register('filename_template')}
              label={t('sftp.scheduleDialog.export.filenameTemplate')}
              error={Boolean(errors.filename_template)}
              helperText={message(errors.filename_template) ?? t('sftp.scheduleDialog.export.filenameTemplateHint')}
              autoComplete="off"
              inputProps={{ maxLength: 200, spellCheck: false }}
              sx={{ '& input': { fontFamily: 'monospace' } }}
            />
          </Box>
          <Controller
            control={control}
            name="filter_project_id"
            render={({ field }) => (
              <ProjectPicker
                value={field.value}
                onChange={field.onChange}
                label={t('sftp.scheduleDialog.export.project')}
                placeholder={t('sftp.scheduleDialog.export.allProjects')}
                width="100%"
                error={Boolean(errors.filter_project_id)}
                helperText={message(errors.filter_project_id)}
              />
            )}
          />
          <Box sx={grid('minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1fr)')}>
            <Controller
              control={control}
              name="filter_status_id"
              render={({ field }) => (
                <TextField
                  select
                  size="small"
                  label={t('sftp.scheduleDialog.export.status')}
                  value={field.value === null ? '' : String(field.value)}
                  onChange={(event) => field.onChange(event.target.value === '' ? null : Number(event.target.value))}
                  inputRef={field.ref}
                  error={Boolean(errors.filter_status_id)}
                  helperText={message(errors.filter_status_id)}
                  SelectProps={{ displayEmpty: true }}
                  InputLabelProps={{ shrink: true }}
                >
                  <MenuItem value="">{t('sftp.scheduleDialog.export.allStatuses')}</MenuItem>
                  {(statuses.data ?? []).map((s) => (
                    <MenuItem key={s.id} value={String(s.id)}>
                      <Box component="span" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: s.color, display: 'inline-block', mr: 1 }} />
                      {statusName(s, language)}
                    </MenuItem>
                  ))}
                  {field.value !== null && statuses.isSuccess && !statuses.data.some((s) => s.id === field.value) ? (
                    <MenuItem value={String(field.value)}>#{field.value}</MenuItem>
                  ) : null}
                </TextField>
              )}
            />
            <Controller
              control={control}
              name="filter_provider_id"
              render={({ field }) => (
                <TextField
                  select
                  size="small"
                  label={t('sftp.scheduleDialog.export.provider')}
                  value={field.value === null ? '' : String(field.value)}
                  onChange={(event) => field.onChange(event.target.value === '' ? null : Number(event.target.value))}
                  inputRef={field.ref}
                  error={Boolean(errors.filter_provider_id)}
                  helperText={message(errors.filter_provider_id)}
                  SelectProps={{ displayEmpty: true }}
                  InputLabelProps={{ shrink: true }}
                >
                  <MenuItem value="">{t('sftp.scheduleDialog.export.allProviders')}</MenuItem>
                  {(providers.data ?? [])
                    .filter((p) => p.is_active || p.id === field.value)
                    .map((p) => (
                      <MenuItem key={p.id} value={String(p.id)}>
                        {p.code}
                        <Box component="span" sx={{ color: 'text.secondary', ml: 1, fontSize: 13 }}>
                          {p.name}
                        </Box>
                      </MenuItem>
                    ))}
                  {field.value !== null && providers.isSuccess && !providers.data.some((p) => p.id === field.value) ? (
                    <MenuItem value={String(field.value)}>#{field.value}</MenuItem>
                  ) : null}
                </TextField>
              )}
            />
            <Controller
              control={control}
              name="filter_geo_id"
              render={({ field }) => (
                <GeoPicker
                  value={field.value}
                  onChange={field.onChange}
                  label={t('sftp.scheduleDialog.export.geo')}
                  placeholder={t('sftp.scheduleDialog.export.anyGeo')}
                  error={Boolean(errors.filter_geo_id)}
                  helperText={message(errors.filter_geo_id)}
                />
              )}
            />
          </Box>
        </Section>
      )}
    </FormDialog>
  );
}
