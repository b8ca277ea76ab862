import { TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useDeleteProject } from '../../api/delete-project';

export interface DeleteProjectDialogProps {
  project: { id: number; name: string } | null;
  onClose: () => void;
  onDeleted: () => void;
}

/** Soft delete with an optional reason; the project can be restored from "deleted projects". */
export function DeleteProjectDialog({ project, onClose, onDeleted }: DeleteProjectDialogProps) {
  const { t } = useTranslation();
  const remove = useDeleteProject();
  const [reason, setReason] = useState('');
  const close = () => {
    remove.reset();
    setReason('');
    onClose();
  };
  return (
    <ConfirmDialog
      open={project !== null}
      title={t('projects.delete.title')}
      text={t('projects.delete.text', { name: project?.name ?? '' })}
      confirmLabel={t('projects.delete.confirm')}
      danger
      busy={remove.isPending}
      error={remove.error}
      onClose={close}
      onConfirm={() => {
        if (!project) return;
        remove.mutate(
          { id: project.id, reason: reason.trim() },
          {
            onSuccess: () => {
              setReason('');
              remove.reset();
              onDeleted();
            },
          },
        );
      }}
    >
      <TextField
        label={t('projects.delete.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        multiline
        minRows={2}
        inputProps={{ maxLength: 1000 }}
      />
    </ConfirmDialog>
  );
}
