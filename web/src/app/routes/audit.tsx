import { AuditPage } from '@/features/audit/components/AuditPage';
import { RequirePermission } from '@/features/auth/components/RequirePermission';

/** "Журнал аудита": administrators only (audit.read). */
export function AuditRoute() {
  return (
    <RequirePermission permission="audit.read">
      <AuditPage />
    </RequirePermission>
  );
}

export { AuditRoute as Component };
