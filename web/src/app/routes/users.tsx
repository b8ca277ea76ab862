import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { UsersPage } from '@/features/users/components/UsersPage';

export function UsersRoute() {
  return (
    <RequirePermission permission="users.read">
      <UsersPage />
    </RequirePermission>
  );
}

export { UsersRoute as Component };
