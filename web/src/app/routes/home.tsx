import { Navigate } from 'react-router-dom';
import { ForbiddenScreen } from '@/components/errors/StatusScreens';
import { useMe } from '@/features/auth/api/get-me';
import { menuItems, menuItemVisible } from '../layout/menu';

/** "/" opens the first section the user may see. */
export function HomeRoute() {
  const me = useMe();
  const first = menuItems.find((item) => menuItemVisible(item, me.data?.permissions));
  return first ? <Navigate to={first.to} replace /> : <ForbiddenScreen />;
}
