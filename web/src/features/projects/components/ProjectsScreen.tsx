import { Add as AddIcon, InsightsOutlined as InsightsOutlinedIcon } from '@mui/icons-material';
import { Box, Button, Tooltip } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useNotify } from '@/components/ui/notifications';
import { PageHeader } from '@/components/ui/PageHeader';
import { paths } from '@/config/paths';
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

/** "Мои проекты" with the green "Конверсия проектов", "Добавить проект" and a row's card. */
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
          <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
            {can('conversion.read') ? (
              <Tooltip title={t('projects.conversionHint')} describeChild>
                <Button component={RouterLink} to={paths.conversion.href()} variant="contained" color="success" startIcon={<InsightsOutlinedIcon />}>
                  {t('projects.conversion')}
                </Button>
              </Tooltip>
            ) : null}
            {can('projects.create') ? (
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => openProject(null)}>
                {t('projects.add')}
              </Button>
            ) : null}
          </Box>
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
