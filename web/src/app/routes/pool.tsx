import { ForbiddenScreen } from '@/components/errors/StatusScreens';
import { useCan, useMe } from '@/features/auth';
import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { PoolPage } from '@/features/distribution';
import { isAdministrator } from '@/lib/permissions';

/** "Пул номеров": administrators only (managers read the pool's summary of their projects elsewhere). */
export function PoolRoute() {
  const me = useMe();
  const can = useCan();
  return (
    <RequirePermission permission="pool.read">
      {me.data && !isAdministrator(me.data.permissions) ? <ForbiddenScreen /> : <PoolPage canImport={can('imports.create')} canManageNumberingPlan={can('geo.manage')} />}
    </RequirePermission>
  );
}

export { PoolRoute as Component };
