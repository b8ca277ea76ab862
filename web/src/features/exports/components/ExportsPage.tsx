import { Box, Paper } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/ui/PageHeader';
import { useCan } from '@/features/auth';
import type { Export } from '@/lib/api-types';
import { ExportForm, type ExportAssignee, type ProjectPickerSlotProps } from './ExportForm';
import { ExportLive } from './ExportLive';
import { ExportsHistory } from './ExportsHistory';

export interface ExportsPageProps {
  renderProjectPicker: (props: ProjectPickerSlotProps) => ReactNode;
  renderProjectName: (projectId: number) => ReactNode;
  assignees: readonly ExportAssignee[];
}

/**
 * "Экспорт": the numbers list's filters (from the URL: the numbers screen links here with its
 * own) and the file's format; the export's progress; the history with downloads (?page=).
 */
export function ExportsPage({ renderProjectPicker, renderProjectName, assignees }: ExportsPageProps) {
  const { t } = useTranslation();
  const can = useCan();
  const [search, setSearch] = useSearchParams();
  const [started, setStarted] = useState<Export | null>(null);
  const pageParam = Number(search.get('page') ?? '1');
  const page = Number.isInteger(pageParam) && pageParam > 1 ? pageParam - 1 : 0;

  return (
    <>
      <PageHeader title={t('exports.title')} />
      <Box sx={{ display: 'grid', gap: 3 }}>
        {can('exports.create') ? <ExportForm renderProjectPicker={renderProjectPicker} assignees={assignees} onStarted={setStarted} /> : null}
        {started ? (
          <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="export-current">
            <ExportLive key={started.id} started={started} onAnother={() => setStarted(null)} />
          </Paper>
        ) : null}
        {can('exports.read') ? (
          <ExportsHistory
            page={page}
            onPageChange={(next) =>
              setSearch(
                (prev) => {
                  const out = new URLSearchParams(prev);
                  if (next > 0) out.set('page', String(next + 1));
                  else out.delete('page');
                  return out;
                },
                { replace: true },
              )
            }
            assignees={assignees}
            renderProjectName={renderProjectName}
          />
        ) : null}
      </Box>
    </>
  );
}
