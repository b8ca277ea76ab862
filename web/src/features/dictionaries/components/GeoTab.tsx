import { Search as SearchIcon } from '@mui/icons-material';
import { InputAdornment, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { BoolIcon } from '@/components/ui/BoolIcon';
import { TablePager } from '@/components/ui/TablePager';
import { useNotify } from '@/components/ui/notifications';
import { RowActions } from '@/components/ui/RowActions';
import { useCrudDialogs } from '@/hooks/use-crud-dialogs';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import type { Geo } from '@/lib/api-types';
import { formatUtcOffset } from '@/lib/format';
import { useDeleteGeo } from '../api/geo-mutations';
import { useGeo } from '../api/get-geo';
import { GeoDialog } from './GeoDialog';
import { DeleteEntryDialog } from './DeleteEntryDialog';
import { TabToolbar } from './TabToolbar';

const PAGE_SIZE = 50;

export function GeoTab({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [search, setSearch] = useState('');
  const [country, setCountry] = useState('');
  const [page, setPage] = useState(0);
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const countryFilter = /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : undefined;
  const geo = useGeo({ search: debouncedSearch || undefined, country: countryFilter, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const remove = useDeleteGeo();
  const dialogs = useCrudDialogs<Geo>();
  const rows = geo.data?.data ?? [];
  const total = geo.data?.pagination.total ?? 0;
  const none = <Typography component="span" color="text.disabled">{t('common.none')}</Typography>;

  return (
    <>
      <TabToolbar count={total} loading={geo.isFetching} addLabel={canManage ? t('dictionaries.geo.add') : undefined} onAdd={dialogs.openNew}>
        <TextField
          label={t('dictionaries.geo.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(0);
          }}
          sx={{ width: 280 }}
          InputProps={{ startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> }}
          inputProps={{ type: 'search' }}
        />
        <TextField
          label={t('dictionaries.geo.country')}
          placeholder="RU"
          value={country}
          onChange={(e) => {
            setCountry(e.target.value.slice(0, 2));
            setPage(0);
          }}
          sx={{ width: 90 }}
          InputLabelProps={{ shrink: true }}
          inputProps={{ style: { textTransform: 'uppercase' } }}
        />
      </TabToolbar>
      {geo.isError ? <ErrorAlert error={geo.error} onRetry={() => void geo.refetch()} /> : null}
      <TableContainer>
        <Table size="small" aria-label={t('dictionaries.tabs.geo')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('dictionaries.geo.name')}</TableCell>
              <TableCell>{t('dictionaries.geo.nameEn')}</TableCell>
              <TableCell>{t('dictionaries.geo.country')}</TableCell>
              <TableCell>{t('dictionaries.geo.region')}</TableCell>
              <TableCell>{t('dictionaries.geo.city')}</TableCell>
              <TableCell>{t('dictionaries.geo.timezone')}</TableCell>
              <TableCell>{t('common.active')}</TableCell>
              <TableCell align="right" sx={{ width: 100 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.length === 0 && !geo.isPending ? (
              <TableRow>
                <TableCell colSpan={8} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                  {t('dictionaries.empty')}
                </TableCell>
              </TableRow>
            ) : null}
            {rows.map((g) => (
              <TableRow key={g.id} hover data-testid={`geo-row-${g.id}`}>
                <TableCell sx={{ fontWeight: 500 }}>{g.name}</TableCell>
                <TableCell>{g.name_en}</TableCell>
                <TableCell>{g.country}</TableCell>
                <TableCell>{g.region ?? none}</TableCell>
                <TableCell>{g.city ?? none}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {g.timezone}
                  <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                    {formatUtcOffset(g.timezone)}
                  </Typography>
                </TableCell>
                <TableCell>
                  <BoolIcon value={g.is_active} label={g.is_active ? t('common.active') : t('common.inactive')} />
                </TableCell>
                <TableCell align="right">
                  {canManage ? <RowActions name={g.name} onEdit={() => dialogs.openEdit(g)} onDelete={() => dialogs.openDelete(g)} /> : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePager total={total} page={page} pageSize={PAGE_SIZE} onPageChange={setPage} />
      <GeoDialog
        open={dialogs.editing !== null}
        geo={dialogs.editTarget}
        onClose={dialogs.closeEdit}
        onSaved={(g) => {
          dialogs.closeEdit();
          notify(t('dictionaries.saved', { name: g.name }));
        }}
      />
      <DeleteEntryDialog
        title={t('dictionaries.geo.deleteTitle')}
        target={dialogs.deleting ? { id: dialogs.deleting.id, name: dialogs.deleting.name } : null}
        remove={remove}
        onClose={dialogs.closeDelete}
      />
    </>
  );
}
