import { StarBorder as StarBorderIcon } from '@mui/icons-material';
import { Box, LinearProgress, type Theme } from '@mui/material';
import { useEventCallback } from '@mui/material/utils';
import {
  DataGrid,
  useGridApiRef,
  type GridCellParams,
  type GridColDef,
  type GridPaginationModel,
  type GridRowSelectionModel,
  type GridSortModel,
} from '@mui/x-data-grid';
import { enUS as gridEnUS, ruRU as gridRuRU } from '@mui/x-data-grid/locales';
import { useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import type { NumberStatus, PhoneNumber, PhoneNumberSort } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { StatusBadge } from '@/components/ui/StatusBadge';
import { FavouriteButton, GRID_CELLS_SX, GridCheckbox, SiteLink } from './grid-cells';
import { StatusCell } from './StatusSelect';

export interface NumbersGridProps {
  rows: readonly PhoneNumber[];
  statuses: readonly NumberStatus[];
  loading: boolean;
  canEdit: boolean;
  sort: PhoneNumberSort;
  onSortChange: (sort: PhoneNumberSort) => void;
  onStatusChange: (row: PhoneNumber, statusId: number) => void;
  onFavouriteToggle: (row: PhoneNumber) => void;
  /** Ticked rows (checkboxes shown only with `onSelectionChange`). */
  selection: readonly number[];
  onSelectionChange?: (ids: number[]) => void;
  /** A click on a row, outside its controls, opens the number's card. */
  onOpen: (row: PhoneNumber) => void;
}

/** Cells whose clicks belong to their own controls, not to opening the card. */
const OWN_CLICKS = new Set(['__check__', 'is_favourite', 'status_id', 'site']);

const SORTABLE: Partial<Record<keyof PhoneNumber, 'created_at' | 'reminder_at'>> = {
  created_at: 'created_at',
  reminder_at: 'reminder_at',
};

const getRowId = (row: PhoneNumber) => row.id;
/** Paging is outside the grid; a changing count would make the grid re-read its `rows` prop. */
const UNKNOWN_ROW_COUNT = -1;
/** One page of the list: paging is outside the grid. */
const ONE_PAGE: GridPaginationModel = { page: 0, pageSize: 100 };
const SORTING_ORDER = ['desc', 'asc'] as const;
const GRID_SLOTS = { baseCheckbox: GridCheckbox };
const GRID_SX = (theme: Theme) => ({
  '--numbers-accent': theme.palette.primary.main,
  border: 0,
  borderRadius: 0,
  '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600 },
  '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within': { outline: 'none' },
  '& .MuiDataGrid-row': { cursor: 'pointer' },
  '& .numbers-phone': { fontVariantNumeric: 'tabular-nums', fontWeight: 500 },
  ...GRID_CELLS_SX,
});

/**
 * "Мои сделки": the numbers of one page; paging is outside (keyset cursors).
 *
 * Speed: any new prop re-renders every visible cell of the DataGrid (its props reach the cells
 * through a context), so the DataGrid's props keep their identity until the rows change: stable
 * callbacks, columns that depend only on what the cells show, and "loading" drawn beside it
 * while it keeps the previous rows. A page change mounts a page of rows: the cells stay light
 * (plain elements for the checkbox, star and link; the status Select is mounted only when
 * used; no tooltip per row).
 */
export function NumbersGrid(props: NumbersGridProps) {
  const { rows, statuses, loading, canEdit, sort, selection } = props;
  const onStatusChange = useEventCallback(props.onStatusChange);
  const onFavouriteToggle = useEventCallback(props.onFavouriteToggle);
  const { t } = useTranslation();
  const { language } = useLanguage();
  const apiRef = useGridApiRef();
  // The first rows go in as the prop; every later page through the grid's API in a layout
  // effect. A new `rows` prop re-renders every cell of the old page once (the grid hands its
  // props to the cells through a context) before the grid takes the rows in an effect and
  // renders the new page; setRows renders only the new page, before the browser paints. The
  // props the grid would re-read the `rows` prop on (rowCount, getRowId) stay constant.
  const [firstRows] = useState(rows);
  const shownRows = useRef(rows);
  useLayoutEffect(() => {
    if (shownRows.current === rows) return;
    shownRows.current = rows;
    apiRef.current.setRows([...rows]);
  }, [apiRef, rows]);
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
        renderCell: ({ row }) => (
          <FavouriteButton
            on={row.is_favourite}
            label={row.is_favourite ? t('numbers.removeFavourite') : t('numbers.addFavourite')}
            disabled={!canEdit}
            onToggle={() => onFavouriteToggle(row)}
          />
        ),
      },
      { field: 'company', headerName: t('numbers.fields.company'), minWidth: 120, flex: 1, sortable: false },
      { field: 'assigned_username', headerName: t('numbers.fields.assignee'), width: 90, sortable: false },
      {
        field: 'site',
        headerName: t('numbers.fields.site'),
        minWidth: 100,
        flex: 0.7,
        sortable: false,
        renderCell: ({ row }) => (row.site ? <SiteLink site={row.site} /> : null),
      },
      {
        field: 'phone_number',
        headerName: t('numbers.fields.phone'),
        // A whole E.164 number (+79161234567) is read without "…".
        width: 136,
        sortable: false,
        cellClassName: 'numbers-phone',
      },
      { field: 'project_name', headerName: t('numbers.fields.project'), minWidth: 100, flex: 0.7, sortable: false },
      { field: 'email', headerName: t('numbers.fields.email'), minWidth: 100, flex: 0.7, sortable: false },
      {
        field: 'reminder_at',
        headerName: t('numbers.fields.reminder'),
        width: 136,
        valueFormatter: (value: string | null) => formatDateTime(value, language),
      },
      // The latest note: the card's history has the rest.
      { field: 'comment', headerName: t('numbers.fields.comment'), minWidth: 120, flex: 1.4, sortable: false },
      {
        field: 'status_id',
        headerName: t('numbers.fields.status'),
        width: 150,
        sortable: false,
        renderCell: ({ row }) =>
          canEdit ? (
            <StatusCell
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
        width: 136,
        valueFormatter: (value: string) => formatDateTime(value, language),
      },
      { field: 'geo_name', headerName: t('numbers.fields.region'), width: 96, sortable: false },
    ],
    [t, language, statuses, statusById, canEdit, onStatusChange, onFavouriteToggle],
  );

  const sortModel = useMemo<GridSortModel>(() => {
    const desc = sort.startsWith('-');
    const sortField = desc ? sort.slice(1) : sort;
    return sortField === 'updated_at' ? [] : [{ field: sortField, sort: desc ? 'desc' : 'asc' }];
  }, [sort]);

  const localeText = useMemo(
    () => ({ ...(language === 'ru' ? gridRuRU : gridEnUS).components.MuiDataGrid.defaultProps.localeText, noRowsLabel: t('numbers.empty') }),
    [language, t],
  );

  const handleSortModelChange = useEventCallback((model: GridSortModel) => {
    const first = model[0];
    if (!first || !first.sort) {
      props.onSortChange('-created_at');
      return;
    }
    const key = SORTABLE[first.field as keyof PhoneNumber];
    if (key) props.onSortChange(first.sort === 'desc' ? `-${key}` : key);
  });
  const handleSelectionChange = useEventCallback((model: GridRowSelectionModel) => props.onSelectionChange?.(model.map(Number)));
  const handleCellClick = useEventCallback((params: GridCellParams<PhoneNumber>, event: MouseEvent) => {
    if (OWN_CLICKS.has(params.field)) return;
    if (event.target instanceof Element && event.target.closest('a, button, input')) return;
    props.onOpen(params.row);
  });

  return (
    <Box sx={{ position: 'relative', height: '100%' }}>
      {loading && rows.length > 0 ? (
        <LinearProgress sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 1 }} />
      ) : null}
      <DataGrid<PhoneNumber>
        apiRef={apiRef}
        rows={firstRows}
        columns={columns}
        getRowId={getRowId}
        loading={loading && rows.length === 0}
        density="compact"
        hideFooter
        disableColumnFilter
        disableRowSelectionOnClick
        checkboxSelection={Boolean(props.onSelectionChange)}
        slots={GRID_SLOTS}
        rowSelectionModel={selection}
        onRowSelectionModelChange={handleSelectionChange}
        onCellClick={handleCellClick}
        paginationMode="server"
        rowCount={UNKNOWN_ROW_COUNT}
        paginationModel={ONE_PAGE}
        sortingMode="server"
        sortModel={sortModel}
        onSortModelChange={handleSortModelChange}
        sortingOrder={SORTING_ORDER}
        // A localeText prop replaces the theme's whole one: the language's texts are given again.
        localeText={localeText}
        sx={GRID_SX}
      />
    </Box>
  );
}
