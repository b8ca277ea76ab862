import { Box, LinearProgress } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/components/errors/describe-error';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useNotify } from '@/components/ui/notifications';
import type { useCrudDialogs } from '@/hooks/use-crud-dialogs';
import { useDeleteSchedule, useRunSchedule, useSchedules, useUpdateSchedule } from '../api/schedules';
import type { Run, Schedule } from '../api/types';
import { ScheduleDialog } from './ScheduleDialog';
import { SchedulesTable } from './SchedulesTable';

export interface SchedulesTabProps {
  /** The page's (its header has "Добавить расписание"). */
  dialogs: ReturnType<typeof useCrudDialogs<Schedule>>;
  /** A run was started by hand: the page shows it in the log. */
  onStarted: (run: Run) => void;
}

/** The SFTP schedules: add, change, switch on and off, run now, delete. */
export function SchedulesTab({ dialogs, onStarted }: SchedulesTabProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const schedules = useSchedules();
  const run = useRunSchedule();
  const toggle = useUpdateSchedule();
  const remove = useDeleteSchedule();
  const [busyId, setBusyId] = useState<number | null>(null);
  const fail = (error: unknown) => notify(describeError(error, t).message, 'error');

  return (
    <>
      <Box sx={{ height: 4 }}>{schedules.isFetching ? <LinearProgress /> : null}</Box>
      {schedules.isError ? (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={schedules.error} onRetry={() => void schedules.refetch()} />
        </Box>
      ) : (
        <SchedulesTable
          rows={schedules.data ?? []}
          emptyText={schedules.isPending ? t('common.loading') : t('sftp.schedules.empty')}
          busyId={busyId}
          onRun={(schedule) => {
            setBusyId(schedule.id);
            run.mutate(schedule.id, {
              onSuccess: (started) => {
                notify(t('sftp.schedules.started', { name: schedule.name }), 'info');
                onStarted(started);
              },
              onError: fail,
              onSettled: () => setBusyId(null),
            });
          }}
          onToggle={(schedule, enabled) => {
            setBusyId(schedule.id);
            toggle.mutate(
              { id: schedule.id, patch: { is_enabled: enabled } },
              {
                onSuccess: (saved) => notify(t(saved.is_enabled ? 'sftp.schedules.enabledNow' : 'sftp.schedules.disabledNow', { name: saved.name })),
                onError: fail,
                onSettled: () => setBusyId(null),
              },
            );
          }}
          onEdit={dialogs.openEdit}
          onDelete={dialogs.openDelete}
        />
      )}
      <ScheduleDialog
        open={dialogs.editing !== null}
        schedule={dialogs.editTarget}
        onClose={dialogs.closeEdit}
        onSaved={(saved, created) => {
          dialogs.closeEdit();
          notify(t(created ? 'sftp.schedules.created' : 'sftp.schedules.saved', { name: saved.name }));
        }}
      />
      <ConfirmDialog
        open={dialogs.deleting !== null}
        title={t('sftp.schedules.deleteTitle')}
        text={t('sftp.schedules.deleteText', { name: dialogs.deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onClose={() => {
          remove.reset();
          dialogs.closeDelete();
        }}
        onConfirm={() => {
          const target = dialogs.deleting;
          if (!target) return;
          remove.mutate(target.id, {
            onSuccess: () => {
              dialogs.closeDelete();
              notify(t('sftp.schedules.deleted', { name: target.name }));
            },
          });
        }}
      />
    </>
  );
}
