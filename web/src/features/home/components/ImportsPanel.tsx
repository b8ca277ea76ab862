import { ErrorOutline as ErrorOutlineIcon } from '@mui/icons-material';
import { Box, Link, List, ListItem, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { JobProgressBar } from '@/components/ui/JobProgressBar';
import { paths } from '@/config/paths';
import { useLanguage } from '@/hooks/use-language';
import type { HomeImportFailed, HomeImportRunning } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import { useServerMessage } from '@/lib/server-messages';
import { formatMoment } from './home-format';
import { importHref } from './home-links';
import { Panel, PanelEmpty } from './Panel';

export interface ImportsPanelProps {
  running: readonly HomeImportRunning[];
  failed: readonly HomeImportFailed[];
  /** Whether the names lead to the imports screen (imports.read). */
  canOpen: boolean;
}

function Subheading({ children }: { children: string }) {
  return (
    <Typography variant="overline" color="text.secondary" component="h4" sx={{ px: 2, pt: 0.5, lineHeight: 2 }}>
      {children}
    </Typography>
  );
}

/** Imports running now (with their progress) and those that failed in the last day. */
export function ImportsPanel({ running, failed, canOpen }: ImportsPanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const serverMessage = useServerMessage();
  const target = (item: { target: string; project_name: string | null }) =>
    item.target === 'pool' ? t('home.toPool') : (item.project_name ?? t('home.noProject'));
  const name = (item: { id: number; filename: string }) =>
    canOpen ? (
      <Link component={RouterLink} to={importHref(item.id)} aria-label={t('home.openImport', { name: item.filename })} sx={{ fontWeight: 600, wordBreak: 'break-all' }}>
        {item.filename}
      </Link>
    ) : (
      <Box component="span" sx={{ fontWeight: 600, wordBreak: 'break-all' }}>
        {item.filename}
      </Box>
    );

  return (
    <Panel
      title={t('home.imports')}
      testId="home-imports"
      action={
        canOpen ? (
          <Link component={RouterLink} to={paths.imports.href()} variant="body2">
            {t('home.allImports')}
          </Link>
        ) : null
      }
    >
      {running.length === 0 && failed.length === 0 ? <PanelEmpty>{t('home.noImports')}</PanelEmpty> : null}
      {running.length > 0 ? (
        <>
          <Subheading>{t('home.importsRunning')}</Subheading>
          <List dense disablePadding>
            {running.map((item) => {
              const done = formatNumber(item.progress_done, language);
              const label =
                item.status === 'queued'
                  ? t('jobs.status.queued')
                  : item.progress_total === null
                    ? t('imports.run.progressUnknown', { done })
                    : t('imports.run.progress', { done, total: formatNumber(item.progress_total, language) });
              return (
                <ListItem key={item.id} sx={{ display: 'block', px: 2, pb: 1.25 }} data-testid={`home-import-running-${item.id}`}>
                  <Typography variant="body2" sx={{ mb: 0.5 }}>
                    {name(item)}
                    <Box component="span" sx={{ color: 'text.secondary' }}>
                      {' · '}
                      {target(item)}
                    </Box>
                  </Typography>
                  <JobProgressBar
                    job={{ status: item.status === 'queued' ? 'queued' : 'running', progress_done: item.progress_done, progress_total: item.progress_total }}
                    label={label}
                  />
                </ListItem>
              );
            })}
          </List>
        </>
      ) : null}
      {failed.length > 0 ? (
        <>
          <Subheading>{t('home.importsFailed')}</Subheading>
          <List dense disablePadding sx={{ pb: 1 }}>
            {failed.map((item) => (
              <ListItem key={item.id} sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, px: 2, py: 0.75 }} data-testid={`home-import-failed-${item.id}`}>
                <ErrorOutlineIcon color="error" fontSize="small" sx={{ mt: '2px' }} />
                <Box sx={{ minWidth: 0 }}>
                  <Typography variant="body2">
                    {name(item)}
                    <Box component="span" sx={{ color: 'text.secondary' }}>
                      {' · '}
                      {target(item)}
                      {' · '}
                      {t('home.failedAt', { time: formatMoment(item.finished_at, language) })}
                    </Box>
                  </Typography>
                  {item.error ? (
                    <Typography variant="body2" color="error.main" sx={{ wordBreak: 'break-word' }}>
                      {serverMessage(item.error)}
                    </Typography>
                  ) : null}
                </Box>
              </ListItem>
            ))}
          </List>
        </>
      ) : null}
    </Panel>
  );
}
