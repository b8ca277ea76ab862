import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { SftpPage } from '@/features/sftp';

/** «SFTP»: the hosts, the schedules and the runs log (sftp.manage: administrators). */
export function SftpRoute() {
  return (
    <RequirePermission permission="sftp.manage">
      <SftpPage />
    </RequirePermission>
  );
}

export { SftpRoute as Component };
