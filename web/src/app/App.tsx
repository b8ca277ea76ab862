import { RouterProvider } from 'react-router-dom';
import { paths } from '@/config/paths';
import { setAuthFailureHandler } from '@/lib/api-client';
import { i18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { setNavigationPending } from './navigation-pending';
import { AppProviders } from './providers';
import { createAppRouter } from './router';

const queryClient = createQueryClient();
const router = createAppRouter();
router.subscribe((state) => setNavigationPending(state.navigation.state !== 'idle'));

// A session that cannot be refreshed: forget cached data and sign in again, then come back.
setAuthFailureHandler(() => {
  queryClient.clear();
  const { pathname, search } = router.state.location;
  if (pathname !== paths.signIn.path) void router.navigate(paths.signIn.href(`${pathname}${search}`), { replace: true });
});

export function App() {
  return (
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} future={{ v7_startTransition: true }} />
    </AppProviders>
  );
}
