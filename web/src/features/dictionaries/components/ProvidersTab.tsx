import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { BoolIcon } from '@/components/ui/BoolIcon';
import { useNotify } from '@/components/ui/notifications';
import { RowActions } from '@/components/ui/RowActions';
import { useCrudDialogs } from '@/hooks/use-crud-dialogs';
import { useLanguage } from '@/hooks/use-language';
import type { Provider } from '@/lib/api-types';
import { formatRubles } from '@/lib/format';
import { useProviders } from '../api/get-providers';
import { useDeleteProvider } from '../api/provider-mutations';
import { ProviderDialog } from './ProviderDialog';
import { DeleteEntryDialog } from './DeleteEntryDialog';
import { TabToolbar } from './TabToolbar';

export function ProvidersTab({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const notify = useNotify();
  const providers = useProviders();
  const remove = useDeleteProvider();
  const dialogs = useCrudDialogs<Provider>();
  const rows = providers.data ?? [];
  const none = <Typography component="span" color="text.disabled">{t('common.none')}</Typography>;

  return (
    <>
      <TabToolbar
        count={rows.length}
        loading={providers.isFetching}
        addLabel={canManage ? t('dictionaries.providers.add') : undefined}
        onAdd={dialogs.openNew}
      />
      {providers.isError ? <ErrorAlert error={providers.error} onRetry={() => void providers.refetch()} /> : null}
      <TableContainer>
        <Table size="small" aria-label={t('dictionaries.tabs.providers')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('dictionaries.providers.code')}</TableCell>
              <TableCell>{t('dictionaries.providers.name')}</TableCell>
              <TableCell>{t('dictionaries.providers.type')}</TableCell>
              <TableCell>{t('dictionaries.providers.contact')}</TableCell>
              <TableCell align="right">{t('dictionaries.providers.pricePerNumber')}</TableCell>
              <TableCell>{t('common.active')}</TableCell>
              <TableCell align="right" sx={{ width: 100 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.length === 0 && !providers.isPending ? (
              <TableRow>
                <TableCell colSpan={7} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                  {t('dictionaries.empty')}
                </TableCell>
              </TableRow>
            ) : null}
            {rows.map((p) => (
              <TableRow key={p.id} hover data-testid={`provider-row-${p.id}`}>
                <TableCell sx={{ fontWeight: 600 }}>{p.code}</TableCell>
                <TableCell>{p.name}</TableCell>
                <TableCell>{p.type || none}</TableCell>
                <TableCell>{p.contact || none}</TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {p.price_per_number === null || p.price_per_number === undefined ? none : formatRubles(p.price_per_number, language)}
                </TableCell>
                <TableCell>
                  <BoolIcon value={p.is_active} label={p.is_active ? t('common.active') : t('common.inactive')} />
                </TableCell>
                <TableCell align="right">
                  {canManage ? <RowActions name={p.code} onEdit={() => dialogs.openEdit(p)} onDelete={() => dialogs.openDelete(p)} /> : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <ProviderDialog
        open={dialogs.editing !== null}
        provider={dialogs.editTarget}
        onClose={dialogs.closeEdit}
        onSaved={(p) => {
          dialogs.closeEdit();
          notify(t('dictionaries.saved', { name: p.code }));
        }}
      />
      <DeleteEntryDialog
        title={t('dictionaries.providers.deleteTitle')}
        target={dialogs.deleting ? { id: dialogs.deleting.id, name: dialogs.deleting.code } : null}
        remove={remove}
        onClose={dialogs.closeDelete}
      />
    </>
  );
}
