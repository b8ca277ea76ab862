import { Box } from '@mui/material';
import { ThemeProvider, type Theme } from '@mui/material/styles';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { useCan } from '@/features/auth';
import { useNumberStatuses } from '@/features/dictionaries';
import type { NumberStatus } from '@/lib/api-types';
import { useSoftphoneMe } from '../api/get-softphone-me';
import { useLiveCalls } from '../hooks/use-live-calls';
import { CallPanel } from './CallPanel';

const NO_STATUSES: readonly NumberStatus[] = [];

/**
 * The panels stand above dialogs (an incoming call must be seen over an open number card), so
 * their own menus and pickers (which are portalled and layered as dialogs) must stand above them.
 */
const ABOVE_DIALOGS = (outer: Theme): Theme => ({ ...outer, zIndex: { ...outer.zIndex, modal: outer.zIndex.modal + 2 } });

/**
 * The operator's pop-up: for a signed-in user with an extension, each call of that extension
 * as a panel at the bottom right, above the content (not modal), newest on top. Mounted once in
 * the signed-in layout; every browser tab follows the calls on its own.
 */
export function CallPopups() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useSoftphoneMe();
  const { calls, dismiss } = useLiveCalls(Boolean(me.data?.extension));
  const statuses = useNumberStatuses();
  const statusList = useMemo(
    () => [...(statuses.data ?? NO_STATUSES)].sort((a, b) => a.sort_order - b.sort_order || a.id - b.id),
    [statuses.data],
  );
  const navigate = useNavigate();
  const location = useLocation();

  const openCard = (numberId: number) => {
    // On the numbers screen already: its filters stay, the card opens over the list.
    if (location.pathname === paths.numbers.path) {
      const search = new URLSearchParams(location.search);
      search.set(paths.numbers.cardParam, String(numberId));
      navigate({ pathname: location.pathname, search: `?${search.toString()}` });
    } else {
      navigate(paths.numbers.href({ card: numberId }));
    }
  };

  if (calls.length === 0) return null;
  return (
    <ThemeProvider theme={ABOVE_DIALOGS}>
    <Box
      role="region"
      aria-label={t('softphone.popup.region')}
      data-testid="call-popups"
      sx={{
        position: 'fixed',
        right: 12,
        bottom: 12,
        width: 400,
        maxWidth: 'calc(100vw - 24px)',
        // The top bar (the user, «Выйти») stays free.
        maxHeight: 'calc(100vh - 76px)',
        overflowY: 'auto',
        display: 'flex',
        flexDirection: 'column',
        gap: 1.5,
        p: 0.5,
        // Above the content and the number card (a dialog), under the short notices.
        zIndex: (theme) => theme.zIndex.modal + 1,
      }}
    >
      {calls.map((call) => (
        <CallPanel
          key={call.id}
          call={call}
          statuses={statusList}
          canEdit={can('phone_numbers.update')}
          canCreate={can('phone_numbers.create')}
          onOpenCard={openCard}
          onClose={() => dismiss(call.id)}
        />
      ))}
    </Box>
    </ThemeProvider>
  );
}
