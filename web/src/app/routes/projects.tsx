import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/PageHeader';
import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { ProjectsList } from '@/features/projects/components/ProjectsList';

export function ProjectsRoute() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="projects.read">
      <PageHeader title={t('projects.title')} />
      <ProjectsList />
    </RequirePermission>
  );
}
