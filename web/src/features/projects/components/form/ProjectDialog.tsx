import { zodResolver } from '@hookform/resolvers/zod';
import { DeleteOutline as DeleteOutlineIcon } from '@mui/icons-material';
import { Box, Button, CircularProgress, Tab, Tabs } from '@mui/material';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { FormDialog } from '@/components/ui/FormDialog';
import { HistoryLink } from '@/features/audit';
import { useCan } from '@/features/auth';
import type { ProjectDetail } from '@/lib/api-types';
import { applyServerFieldErrors, formLevelError } from '@/lib/form-errors';
import { useProject } from '../../api/get-project';
import { useSaveProject } from '../../api/save-project';
import { DeleteProjectDialog } from './DeleteProjectDialog';
import { MembersPanel } from './MembersPanel';
import {
  emptyProjectForm,
  formToInput,
  formToOwnPatch,
  formToPatch,
  formToSettings,
  projectFormSchema,
  projectToForm,
  serverFieldToFormPath,
  type ProjectFormValues,
} from './project-form';
import { ProjectFormFields } from './ProjectFormFields';
import type { EntrySource } from './schedule';

export interface ProjectDialogProps {
  open: boolean;
  /** null creates a new project. */
  projectId: number | null;
  onClose: () => void;
  onSaved: (project: ProjectDetail, created: boolean) => void;
  onDeleted: (name: string) => void;
  /** Shown in an existing project's distribution section (e.g. what the pool has for it now). */
  renderDistributionHint?: (projectId: number) => ReactNode;
}

type TabKey = 'settings' | 'members';

/** "Добавить проект" and a project's card: fields, providers, geo, schedule; members; delete. */
export function ProjectDialog({ open, projectId, onClose, onSaved, onDeleted, renderDistributionHint }: ProjectDialogProps) {
  const { t } = useTranslation();
  const can = useCan();
  const isNew = projectId === null;
  const detail = useProject(open ? projectId : null);
  const save = useSaveProject();
  const [tab, setTab] = useState<TabKey>('settings');
  const [rest, setRest] = useState<string[]>([]);
  const [deleting, setDeleting] = useState(false);
  const sources = useRef<EntrySource[]>([]);
  // The form is filled once per opening: a refetch must not wipe what is being typed.
  const [filledFor, setFilledFor] = useState<number | 'new' | null>(null);
  const form = useForm<ProjectFormValues>({ resolver: zodResolver(projectFormSchema), defaultValues: emptyProjectForm() });

  useEffect(() => {
    if (!open) {
      setFilledFor(null);
      return;
    }
    const key = projectId ?? 'new';
    if (filledFor === key) return;
    if (projectId === null) form.reset(emptyProjectForm());
    else if (detail.data) form.reset(projectToForm(detail.data));
    else return;
    setFilledFor(key);
    setTab('settings');
    setRest([]);
    save.reset();
    // Filling depends only on which project is open and whether it has arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, projectId, detail.data, filledFor]);

  const canSettings = isNew || can('projects.settings');
  const submit = form.handleSubmit((values) => {
    setRest([]);
    const onError = (error: unknown) =>
      setRest(applyServerFieldErrors(error, form.setError, (field) => serverFieldToFormPath(field, sources.current)));
    if (projectId === null) {
      const { input, sources: s } = formToInput(values);
      sources.current = s;
      save.mutate({ id: null, input }, { onSuccess: (p) => onSaved(p, true), onError });
    } else {
      const { settings, sources: s } = formToSettings(values);
      sources.current = s;
      // Without projects.settings only the project's own fields are sent (the server refuses the rest).
      save.mutate(
        canSettings ? { id: projectId, patch: formToPatch(values), settings } : { id: projectId, patch: formToOwnPatch(values), settings: null },
        { onSuccess: (p) => onSaved(p, false), onError },
      );
    }
  });

  const canMembers = !isNew && can('projects.members') && can('users.read');
  const canEdit = isNew ? can('projects.create') : can('projects.update');
  const loading = !isNew && filledFor === null;
  const name = detail.data?.name ?? '';

  return (
    <>
      <FormDialog
        open={open}
        title={isNew ? t('projects.form.createTitle') : t('projects.form.editTitle', { name })}
        onClose={onClose}
        onSubmit={submit}
        submitLabel={isNew ? t('common.create') : t('common.save')}
        submitHidden={tab === 'members' || loading || !canEdit}
        busy={save.isPending}
        error={formLevelError(save.error)}
        messages={rest}
        maxWidth="md"
        fullHeight
        header={
          canMembers ? (
            <Tabs value={tab} onChange={(_e, v: TabKey) => setTab(v)} sx={{ px: 3, borderBottom: 1, borderColor: 'divider', minHeight: 40 }}>
              <Tab value="settings" label={t('projects.form.settingsTab')} sx={{ minHeight: 40 }} />
              <Tab value="members" label={t('projects.members.title')} sx={{ minHeight: 40 }} />
            </Tabs>
          ) : null
        }
        extraActions={
          !isNew && !loading ? (
            <>
              {can('projects.delete') ? (
                <Button color="error" startIcon={<DeleteOutlineIcon />} onClick={() => setDeleting(true)} disabled={save.isPending}>
                  {t('projects.delete.button')}
                </Button>
              ) : null}
              {projectId !== null ? <HistoryLink entityType="project" entityId={projectId} /> : null}
            </>
          ) : null
        }
      >
        {!isNew && detail.isError ? <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} /> : null}
        {loading && !detail.isError ? (
          <Box sx={{ display: 'grid', placeItems: 'center', minHeight: 240 }}>
            <CircularProgress aria-label={t('common.loading')} />
          </Box>
        ) : null}
        {!loading && tab === 'settings' ? (
          <ProjectFormFields
            form={form}
            disabled={!canEdit}
            settingsDisabled={!canSettings}
            isNew={isNew}
            distributionHint={projectId !== null && renderDistributionHint ? renderDistributionHint(projectId) : null}
          />
        ) : null}
        {!loading && tab === 'members' && projectId !== null ? <MembersPanel projectId={projectId} /> : null}
      </FormDialog>
      <DeleteProjectDialog
        project={deleting && projectId !== null ? { id: projectId, name } : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          setDeleting(false);
          onDeleted(name);
        }}
      />
    </>
  );
}
