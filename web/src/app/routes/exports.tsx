import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { useMe } from '@/features/auth/api/get-me';
import { ExportsPage } from '@/features/exports/components/ExportsPage';
import { ProjectName } from '@/features/projects/components/ProjectName';
import { ProjectPicker } from '@/features/projects/components/ProjectPicker';
import { hasPermission } from '@/lib/permissions';
import { EXPORT_PERMISSIONS } from '../layout/menu';
import { useAssignees } from './use-assignees';

/** Composes the exports screen with the projects feature's chooser and names, and the assignable users. */
export function ExportsRoute() {
  const me = useMe();
  const assignees = useAssignees(hasPermission(me.data?.permissions, 'users.read'));
  return (
    <RequirePermission permission={EXPORT_PERMISSIONS}>
      <ExportsPage
        renderProjectPicker={(props) => <ProjectPicker {...props} />}
        renderProjectName={(id) => <ProjectName id={id} />}
        assignees={assignees}
      />
    </RequirePermission>
  );
}

export { ExportsRoute as Component };
