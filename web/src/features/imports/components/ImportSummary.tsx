import { FileDownloadOutlined as FileDownloadOutlinedIcon, InfoOutlined as InfoOutlinedIcon } from '@mui/icons-material';
import { Box, Button, CircularProgress, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/components/errors/describe-error';
import { useNotify } from '@/components/ui/notifications';
import { useDownload } from '@/hooks/use-download';
import { useLanguage } from '@/hooks/use-language';
import type { Import } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import { reasonText } from './import-errors';

type Tone = 'success' | 'error' | 'neutral';

function Stat({ label, value, tone = 'neutral', testId }: { label: string; value: number | null; tone?: Tone; testId: string }) {
  const { language } = useLanguage();
  const color = tone === 'success' ? 'success.main' : tone === 'error' ? 'error.main' : 'text.primary';
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1.5, px: 2, py: 1.5, bgcolor: 'background.paper' }} data-testid={testId}>
      <Typography sx={{ fontSize: 26, fontWeight: 700, lineHeight: 1.2, color, fontVariantNumeric: 'tabular-nums' }}>
        {value === null ? '—' : formatNumber(value, language)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
    </Box>
  );
}

/** One line of counts; `warning` (bold) when it asks for attention. */
function Note({ children, tone = 'neutral', testId, hint }: { children: ReactNode; tone?: 'warning' | 'neutral'; testId: string; hint?: string }) {
  return (
    <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }} data-testid={testId}>
      <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: tone === 'warning' ? 600 : undefined }}>
        {children}
      </Typography>
      {hint ? (
        <Tooltip title={hint}>
          <Box component="span" tabIndex={0} role="img" sx={{ display: 'inline-flex', color: 'text.secondary', cursor: 'help', borderRadius: '50%' }}>
            <InfoOutlinedIcon sx={{ fontSize: 18 }} />
          </Box>
        </Tooltip>
      ) : null}
    </Box>
  );
}

/** What else the server counted: numbers in other projects, outside the project's geo, without a region. */
function ImportNotes({ value }: { value: Import }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const n = (count: number) => formatNumber(count, language);
  const toProject = value.project_id !== null && value.target !== 'pool';
  const inOther = value.in_other_projects ?? null;
  const outside = value.outside_geo ?? null;
  const routed = value.routed_to_pool ?? null;
  const unknown = value.region_unknown ?? null;
  if ((!toProject || (inOther === null && outside === null)) && unknown === null) return null;
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.5 }} data-testid="import-notes">
      {toProject && inOther !== null ? (
        <Note testId="import-count-in-other-projects" tone={inOther > 0 ? 'warning' : 'neutral'} hint={t('imports.result.inOtherProjectsHint')}>
          {t('imports.result.inOtherProjects', { n: n(inOther) })}
        </Note>
      ) : null}
      {toProject && outside !== null ? (
        <Note testId="import-count-outside-geo">
          {value.outside_geo_to_pool && routed !== null && outside > 0
            ? t('imports.result.outsideGeoRouted', { n: n(outside), m: n(routed) })
            : t('imports.result.outsideGeo', { n: n(outside) })}
        </Note>
      ) : null}
      {unknown !== null ? <Note testId="import-count-region-unknown">{t('imports.result.regionUnknown', { n: n(unknown) })}</Note> : null}
    </Box>
  );
}

/** The report: the failed rows, and the numbers other projects have too (then it is more than errors). */
function ReportButton({ value, url }: { value: Import; url: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const download = useDownload();
  const full = (value.in_other_projects ?? 0) > 0;
  return (
    <Button
      variant="outlined"
      size="small"
      startIcon={download.isPending ? <CircularProgress size={16} color="inherit" /> : <FileDownloadOutlinedIcon />}
      disabled={download.isPending}
      title={full ? t('imports.result.downloadFullReportHint') : undefined}
      onClick={() =>
        download.mutate(
          { path: url, fallbackName: `import-${value.id}-errors.csv` },
          { onError: (error) => notify(t('imports.result.downloadFailed', { message: describeError(error, t).message }), 'error') },
        )
      }
      sx={{ flexShrink: 0 }}
      data-testid="import-report"
    >
      {full ? t('imports.result.downloadFullReport') : t('imports.result.downloadReport')}
    </Button>
  );
}

/** A finished import's counts, its first row errors and the full report. */
export function ImportSummary({ value }: { value: Import }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errors = value.errors ?? [];
  const failed = value.failed_rows ?? 0;
  const reportUrl = value.error_report_url;

  return (
    <Box sx={{ display: 'grid', gap: 2 }} data-testid="import-summary">
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))' }}>
        <Stat label={t('imports.result.imported')} value={value.imported_rows} tone="success" testId="import-count-imported" />
        <Stat label={t('imports.result.duplicatesInFile')} value={value.duplicates_in_file} testId="import-count-duplicates-in-file" />
        <Stat label={t('imports.result.alreadyInProject')} value={value.already_in_project} testId="import-count-already-in-project" />
        <Stat label={t('imports.result.failedRows')} value={value.failed_rows} tone={failed > 0 ? 'error' : 'neutral'} testId="import-count-failed" />
        <Stat label={t('imports.result.total')} value={value.total_rows} testId="import-count-total" />
      </Box>

      {failed === 0 && reportUrl ? (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Box sx={{ flexGrow: 1 }}>
            <ImportNotes value={value} />
          </Box>
          <ReportButton value={value} url={reportUrl} />
        </Box>
      ) : (
        <ImportNotes value={value} />
      )}

      {failed > 0 ? (
        <Box sx={{ display: 'grid', gap: 1 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>
              {t('imports.result.errorsTitle')}
            </Typography>
            {reportUrl ? <ReportButton value={value} url={reportUrl} /> : null}
          </Box>
          {errors.length > 0 ? (
            <TableContainer sx={{ maxHeight: 280, border: 1, borderColor: 'divider', borderRadius: 1 }}>
              <Table size="small" stickyHeader aria-label={t('imports.result.errorsTitle')}>
                <TableHead>
                  <TableRow>
                    <TableCell align="right" sx={{ width: 90 }}>
                      {t('imports.result.row')}
                    </TableCell>
                    <TableCell>{t('imports.result.value')}</TableCell>
                    <TableCell>{t('imports.result.reason')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {errors.map((e) => (
                    <TableRow key={`${e.row}-${e.value}`}>
                      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                        {formatNumber(e.row, language)}
                      </TableCell>
                      <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
                        {e.value || (
                          <Typography component="span" color="text.disabled" variant="body2">
                            {t('imports.result.emptyValue')}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell>{reasonText(e.error, t)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          ) : null}
          {errors.length > 0 && failed > errors.length ? (
            <Typography variant="caption" color="text.secondary">
              {t('imports.result.errorsShown', { shown: formatNumber(errors.length, language), total: formatNumber(failed, language) })}
            </Typography>
          ) : null}
        </Box>
      ) : null}
    </Box>
  );
}
