import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { ProjectsScreen } from '@/features/projects/components/ProjectsScreen';

export function ProjectsRoute() {
  return (
    <RequirePermission permission="projects.read">
      <ProjectsScreen />
    </RequirePermission>
  );
}
