import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import type { Home } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import { formatCallbackCount, formatCallbackTime } from './home-format';
import { callbacksHref } from './home-links';
import { StatTile } from './StatTile';

export interface MyDayTilesProps {
  home: Home;
  /** The signed-in user, whose callbacks the tiles open; null: the tiles are not links. */
  userId: number | null;
}

export const TILE_GRID = { display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fit, minmax(165px, 1fr))' } as const;

/** The user's figures of the day: callbacks (links to the list), the projects' numbers, calls. */
export function MyDayTiles({ home, userId }: MyDayTilesProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const count = (n: number) => formatNumber(n, language);
  const next = home.next_callback_at ? formatCallbackTime(home.next_callback_at, language, t) : null;
  const noCallbacks = home.callbacks_overdue === 0 && home.callbacks_today === 0;
  return (
    <Box sx={TILE_GRID} data-testid="home-my-day">
      <StatTile
        testId="tile-overdue"
        label={t('home.callbacksOverdue')}
        hint={t('home.callbacksOverdueHint')}
        value={formatCallbackCount(home.callbacks_overdue, language, t)}
        caption={home.callbacks_overdue > 0 ? t('home.openList') : t('home.noOverdue')}
        tone={home.callbacks_overdue > 0 ? 'alert' : 'default'}
        to={userId !== null ? callbacksHref(userId, 'overdue') : undefined}
      />
      <StatTile
        testId="tile-today"
        label={t('home.callbacksToday')}
        hint={t('home.callbacksTodayHint')}
        value={formatCallbackCount(home.callbacks_today, language, t)}
        caption={noCallbacks ? t('home.noCallbacksToday') : t('home.openList')}
        to={userId !== null ? callbacksHref(userId, 'today') : undefined}
      />
      <StatTile
        testId="tile-next"
        label={t('home.nextCallback')}
        hint={t('home.nextCallbackHint')}
        value={next ? next.time : t('common.none')}
        caption={next ? next.day : t('home.nextCallbackNone')}
        tone={home.next_callback_at ? 'default' : 'muted'}
      />
      <StatTile
        testId="tile-received"
        label={t('home.receivedToday')}
        hint={t('home.receivedTodayHint')}
        value={count(home.received_today)}
        caption={home.projects > 0 ? t('home.inProjects', { count: home.projects }) : t('home.noProjects')}
      />
      <StatTile testId="tile-success" label={t('home.successToday')} hint={t('home.successTodayHint')} value={count(home.success_today)} />
      <StatTile testId="tile-calls" label={t('home.callsToday')} hint={t('home.callsTodayHint')} value={count(home.calls_today)} />
    </Box>
  );
}
