import { Star as StarIcon, StarBorder as StarBorderIcon } from '@mui/icons-material';
import { Box, IconButton, Link, Tooltip } from '@mui/material';
import { DataGrid, type GridColDef, type GridSortModel } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import type { NumberStatus, PhoneNumber, PhoneNumberSort } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { StatusBadge, StatusSelect } from './StatusSelect';

export interface NumbersGridProps {
  rows: readonly PhoneNumber[];
  statuses: readonly NumberStatus[];
  loading: boolean;
  canEdit: boolean;
  sort: PhoneNumberSort;
  onSortChange: (sort: PhoneNumberSort) => void;
  onStatusChange: (row: PhoneNumber, statusId: number) => void;
  onFavouriteToggle: (row: PhoneNumber) => void;
}

const SORTABLE: Partial<Record<keyof PhoneNumber, 'created_at' | 'reminder_at'>> = {
  created_at: 'created_at',
  reminder_at: 'reminder_at',
};

function siteHref(site: string): string {
  return /^https?:\/\//i.test(site) ? site : `http://${site}`;
}

/** "Мои сделки": the numbers of one page; paging is outside (keyset cursors). */
export function NumbersGrid({ rows, statuses, loading, canEdit, sort, onSortChange, onStatusChange, onFavouriteToggle }: NumbersGridProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const statusById = useMemo(() => new Map(statuses.map((s) => [s.id, s])), [statuses]);

  const columns = useMemo<GridColDef<PhoneNumber>[]>(
    () => [
      {
        field: 'is_favourite',
        headerName: t('numbers.fields.favourite'),
        renderHeader: () => <StarBorderIcon fontSize="small" titleAccess={t('numbers.fields.favourite')} />,
        width: 44,
        sortable: false,
        align: 'center',
        headerAlign: 'center',
        renderCell: ({ row }) => {
          const label = row.is_favourite ? t('numbers.removeFavourite') : t('numbers.addFavourite');
          return (
            <Tooltip title={label}>
              <span>
                <IconButton size="small" aria-label={label} aria-pressed={row.is_favourite} disabled={!canEdit} onClick={() => onFavouriteToggle(row)}>
                  {row.is_favourite ? <StarIcon fontSize="small" sx={{ color: '#f5a623' }} /> : <StarBorderIcon fontSize="small" />}
                </IconButton>
              </span>
            </Tooltip>
          );
        },
      },
      { field: 'company', headerName: t('numbers.fields.company'), minWidth: 130, flex: 1, sortable: false },
      { field: 'assigned_username', headerName: t('numbers.fields.assignee'), width: 100, sortable: false },
      {
        field: 'site',
        headerName: t('numbers.fields.site'),
        minWidth: 120,
        flex: 0.7,
        sortable: false,
        renderCell: ({ row }) =>
          row.site ? (
            <Link href={siteHref(row.site)} target="_blank" rel="noopener noreferrer" underline="hover">
              {row.site}
            </Link>
          ) : null,
      },
      {
        field: 'phone_number',
        headerName: t('numbers.fields.phone'),
        width: 125,
        sortable: false,
        renderCell: ({ value }) => <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 500 }}>{String(value ?? '')}</Box>,
      },
      { field: 'project_name', headerName: t('numbers.fields.project'), minWidth: 120, flex: 0.7, sortable: false },
      { field: 'email', headerName: t('numbers.fields.email'), minWidth: 130, flex: 0.7, sortable: false },
      {
        field: 'reminder_at',
        headerName: t('numbers.fields.reminder'),
        width: 142,
        valueFormatter: (value: string | null) => formatDateTime(value, language),
      },
      { field: 'comment', headerName: t('numbers.fields.comment'), minWidth: 120, flex: 1, sortable: false },
      {
        field: 'status_id',
        headerName: t('numbers.fields.status'),
        width: 150,
        sortable: false,
        renderCell: ({ row }) =>
          canEdit ? (
            <StatusSelect
              value={row.status_id}
              fallbackCode={row.status_code}
              statuses={statuses}
              language={language}
              label={t('numbers.fields.status')}
              onChange={(statusId) => onStatusChange(row, statusId)}
            />
          ) : (
            <StatusBadge status={statusById.get(row.status_id)} fallback={row.status_code} language={language} />
          ),
      },
      {
        field: 'created_at',
        headerName: t('numbers.fields.created'),
        width: 142,
        valueFormatter: (value: string) => formatDateTime(value, language),
      },
      { field: 'geo_name', headerName: t('numbers.fields.region'), width: 110, sortable: false },
    ],
    [t, language, statuses, statusById, canEdit, onStatusChange, onFavouriteToggle],
  );

  const desc = sort.startsWith('-');
  const sortField = desc ? sort.slice(1) : sort;
  const sortModel: GridSortModel = sortField === 'updated_at' ? [] : [{ field: sortField, sort: desc ? 'desc' : 'asc' }];

  const handleSortModelChange = (model: GridSortModel) => {
    const first = model[0];
    if (!first || !first.sort) {
      onSortChange('-created_at');
      return;
    }
    const key = SORTABLE[first.field as keyof PhoneNumber];
    if (key) onSortChange(first.sort === 'desc' ? `-${key}` : key);
  };

  return (
    <DataGrid<PhoneNumber>
      rows={rows}
      columns={columns}
      getRowId={(row) => row.id}
      loading={loading}
      density="compact"
      hideFooter
      disableColumnFilter
      disableRowSelectionOnClick
      paginationMode="server"
      rowCount={rows.length}
      paginationModel={{ page: 0, pageSize: 100 }}
      sortingMode="server"
      sortModel={sortModel}
      onSortModelChange={handleSortModelChange}
      sortingOrder={['desc', 'asc']}
      localeText={{ noRowsLabel: t('numbers.empty') }}
      sx={{
        border: 0,
        borderRadius: 0,
        '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600 },
        '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within': { outline: 'none' },
      }}
    />
  );
}
