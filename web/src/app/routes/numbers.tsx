import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/PageHeader';
import { useMe } from '@/features/auth/api/get-me';
import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { useNumberStatuses } from '@/features/dictionaries/api/get-number-statuses';
import { useProviders } from '@/features/dictionaries/api/get-providers';
import type { Assignee } from '@/features/numbers/components/assignees';
import { NumbersScreen } from '@/features/numbers/components/NumbersScreen';
import { ProjectPicker } from '@/features/projects/components/ProjectPicker';
import { useUsers } from '@/features/users/api/get-users';
import { hasPermission } from '@/lib/permissions';

/** Composes the numbers screen with the dictionaries, the project chooser and the users of other features. */
export function NumbersRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const permissions = me.data?.permissions;
  const statuses = useNumberStatuses();
  const providers = useProviders();
  const canEdit = hasPermission(permissions, 'phone_numbers.update');
  // Whoever may list users assigns to any active user; others to themselves.
  const canListUsers = canEdit && hasPermission(permissions, 'users.read');
  const users = useUsers({ status: 'active', limit: 500 }, { enabled: canListUsers });
  const assignees = useMemo<Assignee[]>(() => {
    const myId = me.data?.user.id;
    const listed = canListUsers ? (users.data?.data ?? []) : [];
    const mine = me.data ? [{ id: me.data.user.id, username: me.data.user.username }] : [];
    const all = [...mine, ...listed.filter((u) => u.id !== myId)];
    return all.map((u) => ({ id: u.id, username: u.username, isMe: u.id === myId }));
  }, [me.data, users.data, canListUsers]);

  return (
    <RequirePermission permission="phone_numbers.read">
      <PageHeader title={t('numbers.title')} />
      <NumbersScreen
        statuses={statuses.data ?? []}
        providers={providers.data ?? []}
        canEdit={canEdit}
        assignees={assignees}
        renderProjectFilter={(props) =>
          hasPermission(permissions, 'projects.read') ? <ProjectPicker {...props} /> : null
        }
      />
    </RequirePermission>
  );
}

export { NumbersRoute as Component };
