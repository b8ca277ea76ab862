import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { TelephonyPage } from '@/features/softphone/components/TelephonyPage';

/** «Телефония»: the PBX connections and the unlinked calls (softphone.manage: administrators). */
export function TelephonyRoute() {
  return (
    <RequirePermission permission="softphone.manage">
      <TelephonyPage />
    </RequirePermission>
  );
}

export { TelephonyRoute as Component };
