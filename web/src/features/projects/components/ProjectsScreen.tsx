import { Add as AddIcon } from '@mui/icons-material';
import { Button } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '@/components/ui/notifications';
import { PageHeader } from '@/components/ui/PageHeader';
import { useCan } from '@/features/auth';
import { ProjectDialog } from './form/ProjectDialog';
import type { Project } from '@/lib/api-types';
import { ProjectsList } from './ProjectsList';

export interface ProjectsScreenProps {
  /** Buttons of other features at the end of each row (the route composes "Получить базу"). */
  renderRowActions?: (project: Project) => ReactNode;
  /** Shown in an existing project's distribution section (the route composes the pool hint). */
  renderDistributionHint?: (projectId: number) => ReactNode;
}

/** "Мои проекты" with "Добавить проект" and a row's card. */
export function ProjectsScreen({ renderRowActions, renderDistributionHint }: ProjectsScreenProps = {}) {
  const { t } = useTranslation();
  const can = useCan();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [projectId, setProjectId] = useState<number | null>(null);
  const openProject = (id: number | null) => {
    setProjectId(id);
    setOpen(true);
  };

  return (
    <>
      <PageHeader
        title={t('projects.title')}
        actions={
          can('projects.create') ? (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => openProject(null)}>
              {t('projects.add')}
            </Button>
          ) : null
        }
      />
      <ProjectsList onOpen={can('projects.update') ? (p) => openProject(p.id) : undefined} renderRowActions={renderRowActions} />
      <ProjectDialog
        open={open}
        projectId={projectId}
        renderDistributionHint={renderDistributionHint}
        onClose={() => setOpen(false)}
        onSaved={(project, created) => {
          setOpen(false);
          notify(created ? t('projects.form.created', { name: project.name }) : t('projects.form.saved', { name: project.name }));
        }}
        onDeleted={(name) => {
          setOpen(false);
          notify(t('projects.delete.done', { name }));
        }}
      />
    </>
  );
}
