import { Navigate } from 'react-router-dom';
import { ForbiddenScreen } from '@/components/errors/StatusScreens';
import { useMe } from '@/features/auth/api/get-me';
import { hasAnyPermission } from '@/lib/permissions';
import { menuItems } from '../layout/menu';

/** "/" opens the first section the user may see. */
export function HomeRoute() {
  const me = useMe();
  const first = menuItems.find((item) => hasAnyPermission(me.data?.permissions, item.permission));
  return first ? <Navigate to={first.to} replace /> : <ForbiddenScreen />;
}
