import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useUsers } from '@/features/users';
import type { AuditRecord } from '@/lib/api-types';

/** The users' names by id (a system record names only the id of the user it acted for). */
export function useUserNames(): ReadonlyMap<number, string> {
  const users = useUsers({ limit: 500 });
  return useMemo(() => new Map((users.data?.data ?? []).map((u) => [u.id, u.username])), [users.data]);
}

/** Who did it: the user's name; "Система (по поручению admin)" for a job; "Аноним" for no session. */
export function actorLabel(
  record: Pick<AuditRecord, 'actor_type' | 'user_id' | 'username' | 'on_behalf_of'>,
  names: ReadonlyMap<number, string>,
  t: TFunction,
): string {
  const nameOf = (id: number) => names.get(id) ?? `#${id}`;
  switch (record.actor_type) {
    case 'user':
      return record.username ?? (record.user_id === null ? t('audit.actor.unknownUser') : nameOf(record.user_id));
    case 'system':
      return record.on_behalf_of === null ? t('audit.actor.system') : t('audit.actor.systemFor', { user: nameOf(record.on_behalf_of) });
    case 'anonymous':
      return t('audit.actor.anonymous');
    default:
      return String(record.actor_type);
  }
}
