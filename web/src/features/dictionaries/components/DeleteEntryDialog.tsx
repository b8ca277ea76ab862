import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useNotify } from '@/components/ui/notifications';

export interface DeleteEntryDialogProps {
  title: string;
  /** The entry to delete, or null when the dialog is closed. */
  target: { id: number; name: string } | null;
  remove: UseMutationResult<unknown, Error, number>;
  onClose: () => void;
}

/** "Delete B1?" — an entry still in use is refused by the server (409), shown in place. */
export function DeleteEntryDialog({ title, target, remove, onClose }: DeleteEntryDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={target !== null}
      title={title}
      text={t('dictionaries.deleteText', { name: target?.name ?? '' })}
      confirmLabel={t('common.delete')}
      danger
      busy={remove.isPending}
      error={remove.error}
      onClose={close}
      onConfirm={() => {
        if (!target) return;
        remove.mutate(target.id, {
          onSuccess: () => {
            close();
            notify(t('dictionaries.deleted', { name: target.name }));
          },
        });
      }}
    />
  );
}
