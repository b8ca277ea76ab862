import { Chip, Link, List, ListItem } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useLanguage } from '@/hooks/use-language';
import type { HomeProjectAtLimit } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import { projectHref } from './home-links';
import { Panel, PanelEmpty } from './Panel';

function ProjectLink({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <Link component={RouterLink} to={projectHref(name)} title={t('home.openProject', { name })} sx={{ fontWeight: 500, flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
      {name}
    </Link>
  );
}

/** Projects that have received their daily limit today. */
export function AtLimitPanel({ rows }: { rows: readonly HomeProjectAtLimit[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Panel title={t('home.atLimit')} hint={rows.length > 0 ? t('home.atLimitHint') : undefined} testId="home-at-limit">
      {rows.length === 0 ? (
        <PanelEmpty>{t('home.atLimitEmpty')}</PanelEmpty>
      ) : (
        <List dense disablePadding sx={{ pb: 1 }}>
          {rows.map((p) => (
            <ListItem key={p.id} sx={{ px: 2, gap: 1.5 }} data-testid={`home-at-limit-${p.id}`}>
              <ProjectLink name={p.name} />
              <Chip
                size="small"
                color="warning"
                variant="outlined"
                label={t('home.limitValue', { received: formatNumber(p.received, language), limit: formatNumber(p.daily_limit, language) })}
                sx={{ fontVariantNumeric: 'tabular-nums' }}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Panel>
  );
}

/** Projects the last distribution left without numbers (the pool had none of their suppliers and regions). */
export function WithoutNumbersPanel({ rows }: { rows: readonly { id: number; name: string }[] }) {
  const { t } = useTranslation();
  return (
    <Panel title={t('home.withoutNumbers')} hint={rows.length > 0 ? t('home.withoutNumbersHint') : undefined} testId="home-without-numbers">
      {rows.length === 0 ? (
        <PanelEmpty>{t('home.withoutNumbersEmpty')}</PanelEmpty>
      ) : (
        <List dense disablePadding sx={{ pb: 1 }}>
          {rows.map((p) => (
            <ListItem key={p.id} sx={{ px: 2 }} data-testid={`home-without-numbers-${p.id}`}>
              <ProjectLink name={p.name} />
            </ListItem>
          ))}
        </List>
      )}
    </Panel>
  );
}
