import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { FullPageSpinner } from '@/components/ui/FullPageSpinner';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { tokenStore } from '@/lib/auth-tokens';
import { useMe } from '../api/get-me';

/** Renders its children for a signed-in user; otherwise sends to sign-in and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const hasSession = tokenStore.get() !== null;
  const me = useMe({ enabled: hasSession });
  const here = `${location.pathname}${location.search}`;

  if (!hasSession || (isApiError(me.error) && me.error.status === 401)) {
    return <Navigate to={paths.signIn.href(here)} replace />;
  }
  if (me.isPending) return <FullPageSpinner />;
  if (me.isError) {
    return (
      <Box sx={{ p: 4, maxWidth: 640, mx: 'auto' }}>
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </Box>
    );
  }
  return <>{children}</>;
}
