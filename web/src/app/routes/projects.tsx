import { useCallback } from 'react';
import { useCan } from '@/features/auth';
import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { GetBaseButton, ProjectPoolHint } from '@/features/distribution';
import { ProjectsScreen } from '@/features/projects/components/ProjectsScreen';
import type { Project } from '@/lib/api-types';

/** Composes the projects list with the distribution feature's "Получить базу" in each row, and its pool hint in a project's form. */
export function ProjectsRoute() {
  const can = useCan();
  const canGetBase = can('projects.get_base');
  const canReadPool = can('pool.read');
  const renderRowActions = useCallback(
    (project: Project) => <GetBaseButton projectId={project.id} projectName={project.name} size="small" />,
    [],
  );
  const renderDistributionHint = useCallback((projectId: number) => <ProjectPoolHint projectId={projectId} />, []);
  return (
    <RequirePermission permission="projects.read">
      <ProjectsScreen
        renderRowActions={canGetBase ? renderRowActions : undefined}
        renderDistributionHint={canReadPool ? renderDistributionHint : undefined}
      />
    </RequirePermission>
  );
}
