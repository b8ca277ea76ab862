import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { DeletedProjectsPage } from '@/features/projects/components/deleted/DeletedProjectsPage';

export function DeletedProjectsRoute() {
  return (
    <RequirePermission permission="projects.delete">
      <DeletedProjectsPage />
    </RequirePermission>
  );
}

export { DeletedProjectsRoute as Component };
