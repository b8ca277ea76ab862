import { Box, LinearProgress } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useNotify } from '@/components/ui/notifications';
import type { useCrudDialogs } from '@/hooks/use-crud-dialogs';
import { useDeleteHost, useHosts } from '../api/hosts';
import type { Host } from '../api/types';
import { HostDialog } from './HostDialog';
import { HostsTable } from './HostsTable';
import { HostTestDialog } from './HostTestDialog';

export interface HostsTabProps {
  /** The page's (its header has "Добавить сервер"). */
  dialogs: ReturnType<typeof useCrudDialogs<Host>>;
}

/** The SFTP hosts: add, change, test (and accept the key), delete. */
export function HostsTab({ dialogs }: HostsTabProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const hosts = useHosts();
  const remove = useDeleteHost();
  const [testing, setTesting] = useState<Host | null>(null);
  const deleting = dialogs.deleting;

  return (
    <>
      <Box sx={{ height: 4 }}>{hosts.isFetching ? <LinearProgress /> : null}</Box>
      {hosts.isError ? (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={hosts.error} onRetry={() => void hosts.refetch()} />
        </Box>
      ) : (
        <HostsTable
          rows={hosts.data ?? []}
          emptyText={hosts.isPending ? t('common.loading') : t('sftp.hosts.empty')}
          onTest={setTesting}
          onEdit={dialogs.openEdit}
          onDelete={dialogs.openDelete}
        />
      )}
      <HostDialog
        open={dialogs.editing !== null}
        host={dialogs.editTarget}
        onClose={dialogs.closeEdit}
        onSaved={(saved, created) => {
          dialogs.closeEdit();
          notify(created ? t('sftp.hosts.created', { name: saved.name }) : t('sftp.hosts.saved', { name: saved.name }));
        }}
      />
      <HostTestDialog host={testing} onClose={() => setTesting(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title={t('sftp.hosts.deleteTitle')}
        text={
          deleting && deleting.schedules > 0
            ? t('sftp.hosts.deleteInUse', { count: deleting.schedules })
            : t('sftp.hosts.deleteText', { name: deleting?.name ?? '' })
        }
        confirmLabel={t('common.delete')}
        confirmDisabled={deleting !== null && deleting.schedules > 0}
        danger
        busy={remove.isPending}
        error={remove.error}
        onClose={() => {
          remove.reset();
          dialogs.closeDelete();
        }}
        onConfirm={() => {
          const target = deleting;
          if (!target) return;
          remove.mutate(target.id, {
            onSuccess: () => {
              dialogs.closeDelete();
              notify(t('sftp.hosts.deleted', { name: target.name }));
            },
          });
        }}
      />
    </>
  );
}
