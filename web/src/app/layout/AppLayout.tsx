import { Box, LinearProgress } from '@mui/material';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ErrorBoundary } from '@/components/errors/ErrorBoundary';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { useLogout } from '@/features/auth/api/logout';
import { ReminderNotifications } from '@/features/reminders';
import { CallPopups } from '@/features/softphone';
import { useNavigationPending } from '../navigation-pending';
import { SideMenu } from './SideMenu';
import { TopBar } from './TopBar';

const MENU_WIDTH = 236;

/** The numbers screen is where a signed-in user goes next: its code is fetched while the browser idles. */
function usePrefetchNumbersScreen() {
  useEffect(() => {
    const fetchIt = () => void import('../routes/numbers').catch(() => undefined);
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(fetchIt, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(fetchIt, 500);
    return () => clearTimeout(timer);
  }, []);
}

/** Dark side menu, light content, the top bar with the user; the page in between. */
export function AppLayout() {
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  // A screen whose code is still loading: a bar from the first frame, not a frozen previous page.
  const navigating = useNavigationPending();
  const { t } = useTranslation();
  usePrefetchNumbersScreen();

  const handleSignOut = () => {
    logout.mutate(undefined, {
      onSettled: () => navigate(paths.signIn.href(), { replace: true }),
    });
  };

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Box
        sx={{ width: MENU_WIDTH, flexShrink: 0, position: 'fixed', top: 0, bottom: 0, left: 0, zIndex: (theme) => theme.zIndex.appBar }}
      >
        <SideMenu permissions={me.data?.permissions ?? []} />
      </Box>
      <Box sx={{ flexGrow: 1, ml: `${MENU_WIDTH}px`, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Box sx={{ position: 'sticky', top: 0, zIndex: (theme) => theme.zIndex.appBar - 1 }}>
          {navigating ? (
            <LinearProgress
              aria-label={t('common.loadingPage')}
              data-testid="navigation-progress"
              sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 1 }}
            />
          ) : null}
          <TopBar
            username={me.data?.user.username ?? ''}
            role={me.data?.role ?? ''}
            onSignOut={handleSignOut}
            signingOut={logout.isPending}
          />
        </Box>
        <Box component="main" sx={{ p: 3, flexGrow: 1, minWidth: 0 }}>
          <ErrorBoundary resetKey={location.pathname}>
            <Outlet />
          </ErrorBoundary>
        </Box>
      </Box>
      {/* Reminders coming due while the user works: «Пора перезвонить» with a link to the card. */}
      <ReminderNotifications />
      {/* The calls of the user's extension (SoftPhone): a panel per call with the number and a result form. */}
      <CallPopups />
    </Box>
  );
}
