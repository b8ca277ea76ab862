import type { ReactNode } from 'react';
import { ForbiddenScreen } from '@/components/errors/StatusScreens';
import { hasPermission, type Permission } from '@/lib/permissions';
import { useMe } from '../api/get-me';

/** Shows "no access" instead of a screen the user's role may not open. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useMe();
  if (!hasPermission(me.data?.permissions, permission)) return <ForbiddenScreen />;
  return <>{children}</>;
}
