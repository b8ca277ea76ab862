import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { ImportsPage } from '@/features/imports/components/ImportsPage';
import { ProjectPicker } from '@/features/projects/components/ProjectPicker';
import { IMPORT_PERMISSIONS } from '../layout/menu';

/** Composes the imports screen with the project chooser of the projects feature. */
export function ImportsRoute() {
  return (
    <RequirePermission permission={IMPORT_PERMISSIONS}>
      <ImportsPage renderProjectPicker={(props) => <ProjectPicker {...props} />} />
    </RequirePermission>
  );
}

export { ImportsRoute as Component };
