import { useCallback } from 'react';
import { hasPermission, type Permission } from '@/lib/permissions';
import { useMe } from '../api/get-me';

/** `can('projects.create')`: what the signed-in user's role allows (the server checks again). */
export function useCan(): (permission: Permission) => boolean {
  const me = useMe();
  const granted = me.data?.permissions;
  return useCallback((permission: Permission) => hasPermission(granted, permission), [granted]);
}

/** The signed-in user's id, or null while unknown. */
export function useCurrentUserId(): number | null {
  return useMe().data?.user.id ?? null;
}
