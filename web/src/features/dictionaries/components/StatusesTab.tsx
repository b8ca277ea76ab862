import { Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { BoolIcon } from '@/components/ui/BoolIcon';
import { useNotify } from '@/components/ui/notifications';
import { RowActions } from '@/components/ui/RowActions';
import { StatusBadge } from '@/components/ui/StatusBadge';
import { useCrudDialogs } from '@/hooks/use-crud-dialogs';
import { useLanguage } from '@/hooks/use-language';
import type { NumberStatus } from '@/lib/api-types';
import { useNumberStatuses } from '../api/get-number-statuses';
import { useDeleteNumberStatus } from '../api/status-mutations';
import { DeleteEntryDialog } from './DeleteEntryDialog';
import { StatusDialog } from './StatusDialog';
import { TabToolbar } from './TabToolbar';

const FLAGS = ['is_processed', 'is_success', 'is_final'] as const;

export function StatusesTab({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const notify = useNotify();
  const statuses = useNumberStatuses();
  const remove = useDeleteNumberStatus();
  const dialogs = useCrudDialogs<NumberStatus>();
  const rows = statuses.data ?? [];
  const nextSortOrder = rows.reduce((max, s) => Math.max(max, s.sort_order), 0) + 10;

  return (
    <>
      <TabToolbar
        count={rows.length}
        loading={statuses.isFetching}
        addLabel={canManage ? t('dictionaries.statuses.add') : undefined}
        onAdd={dialogs.openNew}
      />
      {statuses.isError ? <ErrorAlert error={statuses.error} onRetry={() => void statuses.refetch()} /> : null}
      <TableContainer>
        <Table size="small" aria-label={t('dictionaries.tabs.statuses')}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 60 }}>{t('dictionaries.statuses.sortOrder')}</TableCell>
              <TableCell>{t('dictionaries.statuses.status')}</TableCell>
              <TableCell>{t('dictionaries.statuses.code')}</TableCell>
              <TableCell>{t('dictionaries.statuses.nameRu')}</TableCell>
              <TableCell>{t('dictionaries.statuses.nameEn')}</TableCell>
              <TableCell>{t('dictionaries.statuses.color')}</TableCell>
              {FLAGS.map((flag) => (
                <TableCell key={flag} align="center">
                  {t(`dictionaries.statuses.flags.${flag}`)}
                </TableCell>
              ))}
              <TableCell align="right" sx={{ width: 100 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((s) => (
              <TableRow key={s.id} hover data-testid={`status-row-${s.id}`}>
                <TableCell sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>{s.sort_order}</TableCell>
                <TableCell>
                  <StatusBadge status={s} fallback={s.code} language={language} />
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{s.code}</TableCell>
                <TableCell>{s.name_ru}</TableCell>
                <TableCell>{s.name_en}</TableCell>
                <TableCell>
                  <Box component="span" sx={{ fontFamily: 'monospace', fontSize: 13, color: 'text.secondary' }}>
                    {s.color}
                  </Box>
                </TableCell>
                {FLAGS.map((flag) => (
                  <TableCell key={flag} align="center" sx={{ '& svg': { mx: 'auto' } }}>
                    <BoolIcon value={s[flag]} label={`${t(`dictionaries.statuses.flags.${flag}`)}: ${s[flag] ? t('common.yes') : t('common.no')}`} />
                  </TableCell>
                ))}
                <TableCell align="right">
                  {canManage ? <RowActions name={s.code} onEdit={() => dialogs.openEdit(s)} onDelete={() => dialogs.openDelete(s)} /> : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <StatusDialog
        open={dialogs.editing !== null}
        status={dialogs.editTarget}
        nextSortOrder={nextSortOrder}
        onClose={dialogs.closeEdit}
        onSaved={(s) => {
          dialogs.closeEdit();
          notify(t('dictionaries.saved', { name: s.code }));
        }}
      />
      <DeleteEntryDialog
        title={t('dictionaries.statuses.deleteTitle')}
        target={dialogs.deleting ? { id: dialogs.deleting.id, name: dialogs.deleting.code } : null}
        remove={remove}
        onClose={dialogs.closeDelete}
      />
    </>
  );
}
