import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { AuditPage } from '@/features/audit/components/AuditPage';

export function AuditRoute() {
  return (
    <RequirePermission permission="audit.read">
      <AuditPage />
    </RequirePermission>
  );
}
