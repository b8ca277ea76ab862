import { zodResolver } from '@hookform/resolvers/zod';
import { InsertDriveFileOutlined as InsertDriveFileOutlinedIcon } from '@mui/icons-material';
import {
  Alert,
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  LinearProgress,
  MenuItem,
  Paper,
  Radio,
  RadioGroup,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useRef, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { UploadProgressBar } from '@/components/ui/UploadProgressBar';
import { paths } from '@/config/paths';
import { GeoPicker, useProviders } from '@/features/dictionaries';
import { useLanguage } from '@/hooks/use-language';
import type { Import, ImportPreview, ImportTarget } from '@/lib/api-types';
import { formatBytes } from '@/lib/format';
import { applyServerFieldErrors, formLevelError, useFieldMessage } from '@/lib/form-errors';
import type { UploadProgress } from '@/lib/upload';
import { fileKindOf, usePreviewImport } from '../api/preview-import';
import { useStartImport } from '../api/start-import';
import { fileProblemText } from './import-errors';
import {
  changedColumns,
  emptyImportForm,
  importFieldOf,
  importFormSchema,
  OUTSIDE_GEO_CHOICES,
  previewColumns,
  setColumn,
  type ImportFormValues,
} from './import-form';
import { FileDropZone } from './FileDropZone';
import { ImportLive } from './ImportLive';
import { PreviewPanel } from './PreviewPanel';
import { translateServerMessage } from '@/lib/server-messages';

/** The project chooser comes from the projects feature (see app/routes/imports.tsx). */
export interface ProjectPickerSlotProps {
  value: number | null;
  onChange: (projectId: number | null) => void;
  label: string;
  placeholder: string;
  helperText?: string;
  error?: boolean;
  required?: boolean;
  width?: number | string;
}

export interface NewImportProps {
  renderProjectPicker: (props: ProjectPickerSlotProps) => ReactNode;
  /** Where the form starts: a project (default) or the pool. */
  initialTarget?: ImportTarget;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/**
 * A new import: choose (or drop) a file, see what the server reads in it and say what each
 * column holds, choose the project; then the upload's progress, the job's, and the result.
 */
export function NewImport({ renderProjectPicker, initialTarget = 'project' }: NewImportProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const fieldMessage = useFieldMessage();
  const providers = useProviders();
  const preview = usePreviewImport();
  const start = useStartImport();
  const [file, setFile] = useState<File | null>(null);
  const [recognized, setRecognized] = useState<ImportPreview['columns']>([]);
  const [upload, setUpload] = useState<UploadProgress | null>(null);
  const [uploadStopped, setUploadStopped] = useState(false);
  const [started, setStarted] = useState<Import | null>(null);
  const [messages, setMessages] = useState<string[]>([]);
  const uploadAbort = useRef<AbortController | null>(null);
  const form = useForm<ImportFormValues>({ resolver: zodResolver(importFormSchema), defaultValues: emptyImportForm(initialTarget) });
  const { control, handleSubmit, setValue, setError, clearErrors, formState } = form;
  const target = useWatch({ control, name: 'target' });

  const chooseFile = (next: File) => {
    setFile(next);
    setMessages([]);
    setUploadStopped(false);
    start.reset();
    setValue('columns', []);
    clearErrors();
    preview.mutate(next, {
      onSuccess: (result) => {
        const columns = previewColumns(result);
        setRecognized(columns);
        setValue('columns', columns);
      },
    });
  };

  const startOver = () => {
    setFile(null);
    setStarted(null);
    setUpload(null);
    setUploadStopped(false);
    setMessages([]);
    preview.reset();
    start.reset();
    // The project and the rest stay: the next file often goes to the same place.
    setValue('columns', []);
  };

  const submit = handleSubmit((values) => {
    if (!file || (values.target === 'project' && values.projectId === null)) return;
    const controller = new AbortController();
    uploadAbort.current = controller;
    setMessages([]);
    setUploadStopped(false);
    setUpload({ loaded: 0, total: file.size });
    start.mutate(
      {
        input: {
          file,
          target: values.target,
          projectId: values.target === 'pool' ? null : values.projectId,
          outsideGeo: values.outsideGeo,
          providerId: values.providerId,
          geoId: values.geoId,
          region: values.region,
          columns: changedColumns(values.columns, recognized),
          language,
        },
        onProgress: setUpload,
        signal: controller.signal,
      },
      {
        onSuccess: (created) => setStarted(created),
        onError: (error) => {
          if (isAbort(error)) setUploadStopped(true);
          else setMessages(applyServerFieldErrors(error, setError, importFieldOf).filter((m) => !m.startsWith('file:')));
        },
        onSettled: () => setUpload(null),
      },
    );
  });

  const uploading = start.isPending;
  const previewProblem = preview.isError ? fileProblemText(preview.error, t) : null;
  const startProblem = start.isError && !isAbort(start.error) ? fileProblemText(start.error, t) : null;
  const startError = start.isError && !isAbort(start.error) && !startProblem ? formLevelError(start.error) : undefined;
  const kind = file ? fileKindOf(file) : null;

  // ---- after the upload: the job, then the result ---------------------------------------------
  if (started) {
    return (
      <Paper variant="outlined" sx={{ p: 2.5, display: 'grid', gap: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>
            {t('imports.run.title', { name: started.filename })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {started.project_id === null ? t('imports.target.pool') : started.project_name}
          </Typography>
        </Box>
        <ImportLive importId={started.id} jobId={started.job_id} />
        <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end', flexWrap: 'wrap' }}>
          {started.project_id === null ? (
            <Button component={RouterLink} to={paths.pool.href()}>
              {t('imports.result.openPool')}
            </Button>
          ) : (
            <Button component={RouterLink} to={paths.numbers.href({ projectId: started.project_id })}>
              {t('imports.result.openNumbers')}
            </Button>
          )}
          <Button variant="contained" onClick={startOver}>
            {t('imports.result.another')}
          </Button>
        </Box>
      </Paper>
    );
  }

  // ---- choosing the file and the target; the upload ---------------------------------------------
  return (
    <Paper variant="outlined" component="form" noValidate onSubmit={submit} sx={{ p: 2.5, display: 'grid', gap: 3 }} aria-label={t('imports.newImport')}>
      <Section title={t('imports.newImport')}>
        {file ? (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, border: 1, borderColor: 'divider', borderRadius: 1.5, px: 2, py: 1.25 }}>
            <InsertDriveFileOutlinedIcon color="action" />
            <Box sx={{ flexGrow: 1, minWidth: 0 }}>
              <Typography sx={{ fontWeight: 600 }} noWrap title={file.name} data-testid="import-file-name">
                {file.name}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('imports.file.about', {
                  kind: (preview.data?.file_kind ?? kind)?.toUpperCase() ?? t('imports.file.unknownKind'),
                  size: formatBytes(file.size, language),
                })}
              </Typography>
            </Box>
            <Button onClick={() => setFile(null)} disabled={uploading}>
              {t('imports.file.change')}
            </Button>
          </Box>
        ) : (
          <FileDropZone onFile={chooseFile} />
        )}
        {file && kind === null && !preview.data ? <Alert severity="info">{t('imports.drop.unknownKind', { name: file.name })}</Alert> : null}
      </Section>

      {file ? (
        <Section title={t('imports.preview.title')}>
          {preview.isPending ? (
            <Box sx={{ display: 'grid', gap: 1 }}>
              <Typography variant="body2" color="text.secondary">
                {t('imports.preview.loading')}
              </Typography>
              <LinearProgress />
            </Box>
          ) : null}
          {previewProblem ? (
            <Alert severity="error" role="alert">
              {previewProblem}
            </Alert>
          ) : preview.isError ? (
            <ErrorAlert error={preview.error} onRetry={() => chooseFile(file)} />
          ) : null}
          {preview.data ? (
            <Controller
              control={control}
              name="columns"
              render={({ field, fieldState }) => (
                <PreviewPanel
                  preview={preview.data}
                  columns={field.value}
                  recognized={recognized}
                  onChange={(index, column) => {
                    field.onChange(setColumn(field.value, index, column));
                    if (fieldState.error) clearErrors('columns');
                  }}
                  onRestore={() => field.onChange([...recognized])}
                  error={fieldMessage(fieldState.error)}
                />
              )}
            />
          ) : null}
        </Section>
      ) : null}

      <Section title={t('imports.target.title')}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Controller
            control={control}
            name="target"
            render={({ field }) => (
              <ToggleButtonGroup
                exclusive
                size="small"
                color="primary"
                value={field.value}
                onChange={(_e, v: ImportTarget | null) => {
                  if (!v) return;
                  field.onChange(v);
                  clearErrors(['projectId', 'providerId']);
                }}
                aria-label={t('imports.target.kind')}
                disabled={uploading}
              >
                <ToggleButton value="project" sx={{ textTransform: 'none', px: 2 }}>
                  {t('imports.target.toProject')}
                </ToggleButton>
                <ToggleButton value="pool" sx={{ textTransform: 'none', px: 2 }}>
                  {t('imports.target.toPool')}
                </ToggleButton>
              </ToggleButtonGroup>
            )}
          />
          {target === 'pool' ? (
            <Typography variant="body2" color="text.secondary">
              {t('imports.target.poolHint')}
            </Typography>
          ) : null}
        </Box>
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', md: 'minmax(240px, 1.6fr) minmax(160px, 1fr) minmax(220px, 1.6fr) minmax(210px, 1.2fr)' },
            alignItems: 'start',
          }}
        >
          <Controller
            control={control}
            name="projectId"
            render={({ field, fieldState }) => (
              <>
                {target === 'pool' ? (
                  <TextField label={t('imports.target.project')} value={t('imports.target.pool')} disabled fullWidth />
                ) : renderProjectPicker({
                  value: field.value,
                  onChange: (id) => field.onChange(id),
                  label: t('imports.target.project'),
                  placeholder: t('imports.target.projectPlaceholder'),
                  helperText: fieldMessage(fieldState.error),
                  error: Boolean(fieldState.error),
                  required: true,
                  width: '100%',
                })}
              </>
            )}
          />
          <Controller
            control={control}
            name="providerId"
            render={({ field, fieldState }) => (
              <TextField
                select
                label={t('imports.target.provider')}
                value={field.value === null ? '' : String(field.value)}
                onChange={(event) => field.onChange(event.target.value === '' ? null : Number(event.target.value))}
                error={Boolean(fieldState.error)}
                helperText={fieldMessage(fieldState.error)}
                SelectProps={{ displayEmpty: true }}
                InputLabelProps={{ shrink: true }}
                required={target === 'pool'}
              >
                <MenuItem value="">{t('imports.target.providerNone')}</MenuItem>
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
            name="geoId"
            render={({ field, fieldState }) => (
              <GeoPicker
                value={field.value}
                onChange={field.onChange}
                label={t('imports.target.geo')}
                placeholder={t('imports.target.geoPlaceholder')}
                helperText={fieldMessage(fieldState.error) ?? t('imports.target.geoHint')}
                error={Boolean(fieldState.error)}
              />
            )}
          />
          <Controller
            control={control}
            name="region"
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                onChange={(event) => field.onChange(event.target.value.toUpperCase().slice(0, 2))}
                label={t('imports.target.region')}
                error={Boolean(fieldState.error)}
                helperText={fieldMessage(fieldState.error) ?? t('imports.target.regionHint')}
                inputProps={{ maxLength: 2, autoCapitalize: 'characters', spellCheck: false }}
                InputLabelProps={{ shrink: true }}
              />
            )}
          />
        </Box>
        {target === 'project' ? (
          <Controller
            control={control}
            name="outsideGeo"
            render={({ field, fieldState }) => (
              <FormControl error={Boolean(fieldState.error)} disabled={uploading} sx={{ display: 'flex', flexDirection: 'row', alignItems: 'center', columnGap: 2, flexWrap: 'wrap' }}>
                <FormLabel id="import-outside-geo-label" sx={{ color: 'text.primary', '&.Mui-focused': { color: 'text.primary' } }}>
                  {t('imports.target.outsideGeo')}
                </FormLabel>
                <RadioGroup
                  row
                  aria-labelledby="import-outside-geo-label"
                  name={field.name}
                  value={field.value}
                  onChange={(_e, v) => field.onChange(v)}
                >
                  {OUTSIDE_GEO_CHOICES.map((choice) => (
                    <FormControlLabel key={choice} value={choice} control={<Radio size="small" />} label={t(`imports.target.outsideGeoChoices.${choice}`)} />
                  ))}
                </RadioGroup>
                <FormHelperText sx={{ mx: 0, flexBasis: '100%', mt: 0 }}>
                  {fieldMessage(fieldState.error) ?? t(`imports.target.outsideGeoHints.${field.value}`)}
                </FormHelperText>
              </FormControl>
            )}
          />
        ) : null}
      </Section>

      {messages.length > 0 ? (
        <Alert severity="error" role="alert">
          {messages.map((m) => (
            <div key={m}>{translateServerMessage(m, t)}</div>
          ))}
        </Alert>
      ) : null}
      {startProblem ? (
        <Alert severity="error" role="alert">
          {startProblem}
        </Alert>
      ) : null}
      {startError ? <ErrorAlert error={startError} /> : null}
      {uploadStopped ? <Alert severity="info">{t('imports.upload.cancelled')}</Alert> : null}

      {uploading ? (
        <Box sx={{ display: 'grid', gap: 1 }} data-testid="import-upload">
          <Typography variant="subtitle2">{t('imports.upload.title')}</Typography>
          <UploadProgressBar progress={upload} />
          <Box>
            <Button color="inherit" onClick={() => uploadAbort.current?.abort()}>
              {t('imports.upload.cancel')}
            </Button>
          </Box>
        </Box>
      ) : (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button type="submit" variant="contained" size="large" disabled={!file || !preview.data || formState.isSubmitting}>
            {t('imports.start')}
          </Button>
        </Box>
      )}
    </Paper>
  );
}
