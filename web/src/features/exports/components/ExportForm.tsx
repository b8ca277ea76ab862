import { zodResolver } from '@hookform/resolvers/zod';
import { FilterAltOffOutlined as FilterAltOffOutlinedIcon, Search as SearchIcon } from '@mui/icons-material';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  FormControl,
  FormControlLabel,
  FormLabel,
  InputAdornment,
  MenuItem,
  Paper,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { statusName } from '@/components/ui/StatusBadge';
import { GeoPicker, useNumberStatuses, useProviders } from '@/features/dictionaries';
import { useLanguage } from '@/hooks/use-language';
import type { Export } from '@/lib/api-types';
import { applyServerFieldErrors, formLevelError, useFieldMessage } from '@/lib/form-errors';
import { useCreateExport } from '../api/create-export';
import { defaultExportForm, exportFieldOf, exportFormSchema, toExportCreate, type ExportFormValues } from './export-form';
import {
  EMPTY_EXPORT_FILTERS,
  EXPORT_REMINDER_FILTERS,
  EXPORT_TEXT_MAX,
  hasExportFilters,
  readExportFilters,
  writeExportFilters,
} from './export-params';
import { translateServerMessage } from '@/lib/server-messages';

/** The project chooser comes from the projects feature (see app/routes/exports.tsx). */
export interface ProjectPickerSlotProps {
  value: number | null;
  onChange: (projectId: number | null) => void;
  label: string;
  placeholder: string;
  width?: number | string;
  helperText?: string;
  error?: boolean;
}

/** Someone numbers can be assigned to (the route knows who may list users). */
export interface ExportAssignee {
  id: number;
  username: string;
  isMe: boolean;
}

export interface ExportFormProps {
  renderProjectPicker: (props: ProjectPickerSlotProps) => ReactNode;
  assignees: readonly ExportAssignee[];
  onStarted: (started: Export) => void;
}

function toDay(value: string): Dayjs | null {
  return value ? dayjs(value) : null;
}

/** Only a whole, valid date counts; a half-typed one is ignored until it is complete. */
function fromDay(day: Dayjs | null): string {
  return day && day.isValid() ? day.format('YYYY-MM-DD') : '';
}

/** The filters key of a URL, to tell our own writes from a navigation. */
function filtersKey(search: URLSearchParams): string {
  return writeExportFilters(readExportFilters(search)).toString();
}

/**
 * Which numbers (the numbers list's filters, kept in the URL both ways) and what file: CSV with
 * its separator, or XLSX; the language of the header and the statuses.
 */
export function ExportForm({ renderProjectPicker, assignees, onStarted }: ExportFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const fieldMessage = useFieldMessage();
  const statuses = useNumberStatuses();
  const providers = useProviders();
  const create = useCreateExport();
  const [search, setSearch] = useSearchParams();
  const [messages, setMessages] = useState<string[]>([]);
  // The URL is read once: afterwards the form writes it, and a navigation is read below.
  const [initial] = useState(() => defaultExportForm(readExportFilters(search), language));
  const form = useForm<ExportFormValues>({ resolver: zodResolver(exportFormSchema), defaultValues: initial });
  const { control, handleSubmit, setValue, setError, clearErrors } = form;
  const format = useWatch({ control, name: 'format' });
  const filters = useWatch({ control, name: 'filters' });

  // The filters and the URL follow each other: the form writes what it holds; a URL changed
  // from outside (the menu, the back button) is read into the form.
  const urlKey = filtersKey(search);
  const formKey = writeExportFilters(filters).toString();
  const lastKey = useRef(urlKey);
  useEffect(() => {
    if (urlKey === lastKey.current) return;
    lastKey.current = urlKey;
    setValue('filters', readExportFilters(search));
    // Only a change of the URL's filters matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [urlKey]);
  useEffect(() => {
    if (formKey === lastKey.current) return;
    lastKey.current = formKey;
    setSearch((prev) => writeExportFilters(filters, prev), { replace: true });
    // Only a change of the form's filters matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formKey]);

  const submit = handleSubmit((values) => {
    setMessages([]);
    create.mutate(toExportCreate(values), {
      onSuccess: onStarted,
      onError: (error) => setMessages(applyServerFieldErrors(error, setError, exportFieldOf)),
    });
  });

  const activeProviders = (providers.data ?? []).filter((p) => p.is_active || p.id === filters.provider);

  return (
    <Paper variant="outlined" component="form" noValidate onSubmit={submit} aria-label={t('exports.newExport')} sx={{ p: 2.5, display: 'grid', gap: 3 }}>
      <Box component="section" sx={{ display: 'grid', gap: 1.5 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>
            {t('exports.filtersTitle')}
          </Typography>
          {hasExportFilters(filters) ? (
            <Button
              size="small"
              color="inherit"
              startIcon={<FilterAltOffOutlinedIcon />}
              onClick={() => {
                setValue('filters', EMPTY_EXPORT_FILTERS);
                clearErrors('filters');
              }}
            >
              {t('exports.filters.reset')}
            </Button>
          ) : null}
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mt: -0.5, mb: 0.75 }}>
          {t('exports.filtersHint')}
        </Typography>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))', alignItems: 'start' }}>
          <Controller
            control={control}
            name="filters.project"
            render={({ field, fieldState }) => (
              <>
                {renderProjectPicker({
                  value: field.value,
                  onChange: (id) => field.onChange(id),
                  label: t('exports.filters.project'),
                  placeholder: t('exports.filters.projectPlaceholder'),
                  width: '100%',
                  helperText: fieldMessage(fieldState.error),
                  error: Boolean(fieldState.error),
                })}
              </>
            )}
          />
          <Controller
            control={control}
            name="filters.status"
            render={({ field, fieldState }) => (
              <TextField
                select
                label={t('exports.filters.status')}
                value={field.value === null ? '' : String(field.value)}
                onChange={(event) => field.onChange(event.target.value === '' ? null : Number(event.target.value))}
                error={Boolean(fieldState.error)}
                helperText={fieldMessage(fieldState.error)}
                SelectProps={{ displayEmpty: true }}
                InputLabelProps={{ shrink: true }}
              >
                <MenuItem value="">{t('common.all')}</MenuItem>
                {(statuses.data ?? []).map((s) => (
                  <MenuItem key={s.id} value={String(s.id)}>
                    <Box component="span" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: s.color, display: 'inline-block', mr: 1 }} />
                    {statusName(s, language)}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          <Controller
            control={control}
            name="filters.provider"
            render={({ field, fieldState }) => (
              <TextField
                select
                label={t('exports.filters.provider')}
                value={field.value === null ? '' : String(field.value)}
                onChange={(event) => field.onChange(event.target.value === '' ? null : Number(event.target.value))}
                error={Boolean(fieldState.error)}
                helperText={fieldMessage(fieldState.error)}
                SelectProps={{ displayEmpty: true }}
                InputLabelProps={{ shrink: true }}
              >
                <MenuItem value="">{t('common.all')}</MenuItem>
                {activeProviders.map((p) => (
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
            name="filters.geo"
            render={({ field, fieldState }) => (
              <GeoPicker
                value={field.value}
                onChange={field.onChange}
                label={t('exports.filters.geo')}
                placeholder={t('exports.filters.geoPlaceholder')}
                helperText={fieldMessage(fieldState.error)}
                error={Boolean(fieldState.error)}
              />
            )}
          />
          <Controller
            control={control}
            name="filters.assignee"
            render={({ field, fieldState }) => (
              <TextField
                select
                label={t('exports.filters.assignee')}
                value={field.value === null ? '' : String(field.value)}
                onChange={(event) => {
                  const v = event.target.value;
                  field.onChange(v === '' ? null : v === 'none' ? 'none' : Number(v));
                }}
                error={Boolean(fieldState.error)}
                helperText={fieldMessage(fieldState.error)}
                SelectProps={{ displayEmpty: true }}
                InputLabelProps={{ shrink: true }}
              >
                <MenuItem value="">{t('common.any')}</MenuItem>
                <MenuItem value="none">{t('exports.filters.unassigned')}</MenuItem>
                {assignees.map((a) => (
                  <MenuItem key={a.id} value={String(a.id)}>
                    {a.isMe ? t('exports.filters.me', { name: a.username }) : a.username}
                  </MenuItem>
                ))}
                {typeof field.value === 'number' && !assignees.some((a) => a.id === field.value) ? (
                  <MenuItem value={String(field.value)}>#{field.value}</MenuItem>
                ) : null}
              </TextField>
            )}
          />
          <Controller
            control={control}
            name="filters.reminder"
            render={({ field, fieldState }) => (
              <TextField
                select
                label={t('exports.filters.reminder')}
                value={field.value ?? ''}
                onChange={(event) => {
                  const v = event.target.value;
                  field.onChange(EXPORT_REMINDER_FILTERS.find((r) => r === v) ?? null);
                }}
                error={Boolean(fieldState.error)}
                helperText={fieldMessage(fieldState.error)}
                SelectProps={{ displayEmpty: true }}
                InputLabelProps={{ shrink: true }}
              >
                <MenuItem value="">{t('exports.filters.reminderAny')}</MenuItem>
                {EXPORT_REMINDER_FILTERS.map((r) => (
                  <MenuItem key={r} value={r}>
                    {t(`exports.filters.reminders.${r}`)}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          <Controller
            control={control}
            name="filters.from"
            render={({ field, fieldState }) => (
              <DatePicker
                label={t('exports.filters.createdFrom')}
                value={toDay(field.value)}
                maxDate={toDay(filters.to) ?? undefined}
                onChange={(day) => field.onChange(fromDay(day))}
                slotProps={{
                  textField: { size: 'small', fullWidth: true, InputLabelProps: { shrink: true }, error: Boolean(fieldState.error), helperText: fieldMessage(fieldState.error) },
                  field: { clearable: true },
                }}
              />
            )}
          />
          <Controller
            control={control}
            name="filters.to"
            render={({ field, fieldState }) => (
              <DatePicker
                label={t('exports.filters.createdTo')}
                value={toDay(field.value)}
                minDate={toDay(filters.from) ?? undefined}
                onChange={(day) => field.onChange(fromDay(day))}
                slotProps={{
                  textField: { size: 'small', fullWidth: true, InputLabelProps: { shrink: true }, error: Boolean(fieldState.error), helperText: fieldMessage(fieldState.error) },
                  field: { clearable: true },
                }}
              />
            )}
          />
          <Controller
            control={control}
            name="filters.phone"
            render={({ field, fieldState }) => (
              <TextField
                label={t('exports.filters.phone')}
                placeholder={t('exports.filters.phonePlaceholder')}
                value={field.value}
                onChange={(event) => field.onChange(event.target.value.replace(/\D/g, '').slice(0, 15))}
                onBlur={field.onBlur}
                error={Boolean(fieldState.error)}
                helperText={fieldMessage(fieldState.error)}
                InputLabelProps={{ shrink: true }}
                InputProps={{
                  startAdornment: (
                    <InputAdornment position="start">
                      <SearchIcon fontSize="small" />
                    </InputAdornment>
                  ),
                }}
                inputProps={{ inputMode: 'numeric' }}
              />
            )}
          />
          <Controller
            control={control}
            name="filters.q"
            render={({ field, fieldState }) => (
              <TextField
                label={t('exports.filters.text')}
                placeholder={t('exports.filters.textPlaceholder')}
                value={field.value}
                onChange={(event) => field.onChange(event.target.value)}
                onBlur={field.onBlur}
                error={Boolean(fieldState.error)}
                helperText={fieldMessage(fieldState.error)}
                InputLabelProps={{ shrink: true }}
                InputProps={{
                  startAdornment: (
                    <InputAdornment position="start">
                      <SearchIcon fontSize="small" />
                    </InputAdornment>
                  ),
                }}
                inputProps={{ maxLength: EXPORT_TEXT_MAX }}
              />
            )}
          />
        </Box>
      </Box>

      <Box component="section" sx={{ display: 'grid', gap: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {t('exports.fileTitle')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', alignItems: 'center' }}>
          <Controller
            control={control}
            name="format"
            render={({ field }) => (
              <FormControl>
                <FormLabel id="export-format-label" sx={{ fontSize: 13 }}>
                  {t('exports.format')}
                </FormLabel>
                <RadioGroup row aria-labelledby="export-format-label" value={field.value} onChange={(event) => field.onChange(event.target.value)}>
                  <FormControlLabel value="csv" control={<Radio size="small" />} label={t('exports.formats.csv')} />
                  <FormControlLabel value="xlsx" control={<Radio size="small" />} label={t('exports.formats.xlsx')} />
                </RadioGroup>
              </FormControl>
            )}
          />
          {format === 'csv' ? (
            <Controller
              control={control}
              name="delimiter"
              render={({ field }) => (
                <TextField select label={t('exports.delimiter')} value={field.value} onChange={(event) => field.onChange(event.target.value)} sx={{ width: 220 }}>
                  <MenuItem value=";">{t('exports.delimiters.semicolon')}</MenuItem>
                  <MenuItem value=",">{t('exports.delimiters.comma')}</MenuItem>
                </TextField>
              )}
            />
          ) : null}
          <Controller
            control={control}
            name="language"
            render={({ field }) => (
              <TextField select label={t('exports.language')} value={field.value} onChange={(event) => field.onChange(event.target.value)} sx={{ width: 260 }}>
                <MenuItem value="ru">{t('language.ru')}</MenuItem>
                <MenuItem value="en">{t('language.en')}</MenuItem>
              </TextField>
            )}
          />
          <Box sx={{ flexGrow: 1 }} />
          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={create.isPending}
            startIcon={create.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            {t('exports.start')}
          </Button>
        </Box>
      </Box>

      {messages.length > 0 ? (
        <Alert severity="error" role="alert">
          {messages.map((m) => (
            <div key={m}>{translateServerMessage(m, t)}</div>
          ))}
        </Alert>
      ) : create.isError && formLevelError(create.error) ? (
        <ErrorAlert error={create.error} />
      ) : null}
    </Paper>
  );
}
