import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { AuditPage } from '@/features/audit/components/AuditPage';
import { ImportsPage } from '@/features/imports/components/ImportsPage';

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
