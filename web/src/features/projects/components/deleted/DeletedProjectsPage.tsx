import { Box, LinearProgress, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { TablePager } from '@/components/ui/TablePager';
import { useNotify } from '@/components/ui/notifications';
import { PageHeader } from '@/components/ui/PageHeader';
import { describeError } from '@/components/errors/describe-error';
import { useCan } from '@/features/auth';
import type { DeletedProject } from '@/lib/api-types';
import { useRestoreProject } from '../../api/delete-project';
import { useDeletedProjects } from '../../api/get-deleted-projects';
import { DeletedProjectsTable } from './DeletedProjectsTable';
import { PurgeDialog } from './PurgeDialog';

const PAGE_SIZE = 50;

/** Deleted projects: who, when, why; restore, or delete for good with the job's progress. */
export function DeletedProjectsPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const can = useCan();
  const [page, setPage] = useState(0);
  const [purging, setPurging] = useState<DeletedProject | null>(null);
  const deleted = useDeletedProjects({ limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const restore = useRestoreProject();
  const total = deleted.data?.pagination.total ?? 0;

  return (
    <>
      <PageHeader title={t('projects.deleted.title')} />
      <Typography color="text.secondary" sx={{ mb: 2, mt: -1 }}>
        {t('projects.deleted.subtitle')}
      </Typography>
      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <Box sx={{ height: 4 }}>{deleted.isFetching ? <LinearProgress /> : null}</Box>
        {deleted.isError ? (
          <Box sx={{ p: 2 }}>
            <ErrorAlert error={deleted.error} onRetry={() => void deleted.refetch()} />
          </Box>
        ) : (
          <DeletedProjectsTable
            rows={deleted.data?.data ?? []}
            emptyText={deleted.isPending ? t('common.loading') : t('projects.deleted.empty')}
            canRestore={can('projects.delete')}
            canPurge={can('projects.purge')}
            restoringId={restore.isPending ? (restore.variables ?? null) : null}
            onRestore={(p) =>
              restore.mutate(p.id, {
                onSuccess: () => notify(t('projects.deleted.restored', { name: p.name })),
                onError: (error) => notify(t('projects.deleted.restoreFailed', { message: describeError(error, t).message }), 'error'),
              })
            }
            onPurge={setPurging}
          />
        )}
        <TablePager total={total} page={page} pageSize={PAGE_SIZE} onPageChange={setPage} />
      </Paper>
      <PurgeDialog project={purging} onClose={() => setPurging(null)} />
    </>
  );
}
