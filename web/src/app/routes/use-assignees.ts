import { useMemo } from 'react';
import { useMe } from '@/features/auth/api/get-me';
import { useUsers } from '@/features/users/api/get-users';

export interface AssigneeOption {
  id: number;
  username: string;
  isMe: boolean;
}

/** Whom numbers can be assigned to: oneself, and every active user when `listUsers` is allowed. */
export function useAssignees(listUsers: boolean): AssigneeOption[] {
  const me = useMe();
  const users = useUsers({ status: 'active', limit: 500 }, { enabled: listUsers });
  return useMemo<AssigneeOption[]>(() => {
    const myId = me.data?.user.id;
    const listed = listUsers ? (users.data?.data ?? []) : [];
    const mine = me.data ? [{ id: me.data.user.id, username: me.data.user.username }] : [];
    const all = [...mine, ...listed.filter((u) => u.id !== myId)];
    return all.map((u) => ({ id: u.id, username: u.username, isMe: u.id === myId }));
  }, [me.data, users.data, listUsers]);
}
