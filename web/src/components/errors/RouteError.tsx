import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { CrashScreen } from './CrashScreen';
import { NotFoundScreen } from './StatusScreens';

/** The router's errorElement: a loader or render error of a route. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundScreen />;
  return <CrashScreen error={error} />;
}
