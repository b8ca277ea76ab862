import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { AuditPage } from '@/features/audit/components/AuditPage';
import { DictionariesPage } from '@/features/dictionaries/components/DictionariesPage';
import { ImportsPage } from '@/features/imports/components/ImportsPage';
import { UsersPage } from '@/features/users/components/UsersPage';

export function UsersRoute() {
  return (
    <RequirePermission permission="users.read">
      <UsersPage />
    </RequirePermission>
  );
}

export function AuditRoute() {
  return (
    <RequirePermission permission="audit.read">
      <AuditPage />
    </RequirePermission>
  );
}

export function ImportsRoute() {
  return (
    <RequirePermission permission="imports.create">
      <ImportsPage />
    </RequirePermission>
  );
}

export function DictionariesRoute() {
  return (
    <RequirePermission permission="providers.manage">
      <DictionariesPage />
    </RequirePermission>
  );
}
