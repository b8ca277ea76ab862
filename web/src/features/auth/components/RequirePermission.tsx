import type { ReactNode } from 'react';
import { ForbiddenScreen } from '@/components/errors/StatusScreens';
import { hasAnyPermission, type Permission } from '@/lib/permissions';
import { useMe } from '../api/get-me';

export interface RequirePermissionProps {
  /** One permission, or a list of which any one will do. */
  permission: Permission | readonly Permission[];
  children: ReactNode;
}

/** Shows "no access" instead of a screen the user's role may not open. */
export function RequirePermission({ permission, children }: RequirePermissionProps) {
  const me = useMe();
  const needed = typeof permission === 'string' ? [permission] : permission;
  if (!hasAnyPermission(me.data?.permissions, needed)) return <ForbiddenScreen />;
  return <>{children}</>;
}
