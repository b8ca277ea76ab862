import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/ui/PageHeader';
import { useCan } from '@/features/auth';
import type { ImportStatus } from '@/lib/api-types';
import { ImportDetailsDialog } from './ImportDetailsDialog';
import { IMPORT_STATUSES, ImportsHistory } from './ImportsHistory';
import { NewImport, type NewImportProps } from './NewImport';

function positiveInt(value: string | null): number | null {
  return value && /^[1-9][0-9]{0,15}$/.test(value) ? Number(value) : null;
}

/**
 * "Импорт": a new import (imports.create) above the history (imports.read). The history's
 * state filter, its page and the import opened are in the URL (?status=&page=&import=).
 */
export function ImportsPage({ renderProjectPicker }: Pick<NewImportProps, 'renderProjectPicker'>) {
  const { t } = useTranslation();
  const can = useCan();
  const [search, setSearch] = useSearchParams();
  const statusParam = search.get('status');
  const status = IMPORT_STATUSES.includes(statusParam as ImportStatus) ? (statusParam as ImportStatus) : null;
  const page = (positiveInt(search.get('page')) ?? 1) - 1;
  const opened = positiveInt(search.get('import'));
  // "Импорт в пул" on the pool screen opens this page with ?target=pool.
  const initialTarget = search.get('target') === 'pool' ? 'pool' : 'project';

  const update = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(change)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setSearch(next, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('imports.title')} />
      <Box sx={{ display: 'grid', gap: 3 }}>
        {can('imports.create') ? <NewImport renderProjectPicker={renderProjectPicker} initialTarget={initialTarget} /> : null}
        {can('imports.read') ? (
          <ImportsHistory
            status={status}
            page={page}
            onStatusChange={(next) => update({ status: next, page: null })}
            onPageChange={(next) => update({ page: next > 0 ? String(next + 1) : null })}
            onOpen={(item) => update({ import: String(item.id) })}
          />
        ) : null}
      </Box>
      <ImportDetailsDialog importId={opened} onClose={() => update({ import: null })} />
    </>
  );
}
