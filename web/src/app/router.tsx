import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { RouteError } from '@/components/errors/RouteError';
import { NotFoundScreen } from '@/components/errors/StatusScreens';
import { paths } from '@/config/paths';
import { RequireAuth } from '@/features/auth/components/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import { HomeRoute } from './routes/home';
import { ProjectsRoute } from './routes/projects';
import { SignInRoute } from './routes/sign-in';

export const routes: RouteObject[] = [
  { path: paths.signIn.path, element: <SignInRoute />, errorElement: <RouteError /> },
  {
    path: paths.home.path,
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: paths.projects.path, element: <ProjectsRoute /> },
      // The numbers grid (MUI X) is the largest part, and the administrators' screens are not
      // every user's: each is loaded when first opened.
      { path: paths.numbers.path, lazy: () => import('./routes/numbers') },
      { path: paths.deletedProjects.path, lazy: () => import('./routes/deleted-projects') },
      // The conversion screens bring the charts (MUI X Charts).
      { path: paths.conversion.path, lazy: () => import('./routes/conversion') },
      { path: paths.conversionProject.path, lazy: () => import('./routes/conversion-project') },
      { path: paths.imports.path, lazy: () => import('./routes/imports') },
      { path: paths.pool.path, lazy: () => import('./routes/pool') },
      { path: paths.exports.path, lazy: () => import('./routes/exports') },
      { path: paths.dictionaries.path, lazy: () => import('./routes/dictionaries') },
      { path: paths.users.path, lazy: () => import('./routes/users') },
      { path: paths.audit.path, lazy: () => import('./routes/audit') },
      { path: paths.telephony.path, lazy: () => import('./routes/telephony') },
      { path: paths.sftp.path, lazy: () => import('./routes/sftp') },
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes, {
    future: {
      v7_relativeSplatPath: true,
      v7_fetcherPersist: true,
      v7_normalizeFormMethod: true,
      v7_partialHydration: true,
      v7_skipActionErrorRevalidation: true,
    },
  });
}
