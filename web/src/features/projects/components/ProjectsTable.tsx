import { CheckCircle as CheckCircleIcon, EditOutlined as EditOutlinedIcon, PauseCircleOutline as PauseCircleOutlineIcon } from '@mui/icons-material';
import {
  Box,
  IconButton,
  Link,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
  Tooltip,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '@/config/paths';
import { useLanguage } from '@/hooks/use-language';
import type { Project, ProjectSort, ProjectSortKey } from '@/lib/api-types';
import { formatDateTime, formatNumber, formatWeekdays } from '@/lib/format';
import type { Language } from '@/lib/i18n';

type ColumnKey =
  | 'id'
  | 'active'
  | 'tag'
  | 'name'
  | 'type'
  | 'limit'
  | 'receivedToday'
  | 'receivedTotal'
  | 'duplicatesToday'
  | 'lastReceived'
  | 'weekdays';

interface Column {
  key: ColumnKey;
  sortKey?: ProjectSortKey;
  numeric?: boolean;
}

const COLUMNS: readonly Column[] = [
  { key: 'id', sortKey: 'id', numeric: true },
  { key: 'active' },
  { key: 'tag' },
  { key: 'name', sortKey: 'name' },
  { key: 'type' },
  { key: 'limit', sortKey: 'daily_limit', numeric: true },
  { key: 'receivedToday', sortKey: 'received_today', numeric: true },
  { key: 'receivedTotal', sortKey: 'received_total', numeric: true },
  { key: 'duplicatesToday', sortKey: 'duplicates_today', numeric: true },
  { key: 'lastReceived', sortKey: 'last_received_at' },
  { key: 'weekdays' },
];

export interface ProjectsTableProps {
  rows: readonly Project[];
  sort: ProjectSort;
  onSort: (key: ProjectSortKey) => void;
  emptyText: string;
  /** A click on a row (not on its link) opens the project's card. */
  onOpen?: (project: Project) => void;
  /** Buttons of other features before the edit button (e.g. "Получить базу"). */
  renderRowActions?: (project: Project) => ReactNode;
}

export function ProjectsTable({ rows, sort, onSort, emptyText, onOpen, renderRowActions }: ProjectsTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const sortKey = sort.startsWith('-') ? sort.slice(1) : sort;
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const hasActions = Boolean(onOpen || renderRowActions);
  const none = <Typography component="span" color="text.disabled">{t('common.none')}</Typography>;

  return (
    <TableContainer>
      <Table
        size="small"
        stickyHeader
        aria-label={t('projects.title')}
        sx={{ '& .MuiTableCell-root': { px: 1 }, '& .MuiTableCell-root:first-of-type': { pl: 2 }, '& .MuiTableCell-root:last-of-type': { pr: 2 } }}
      >
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell
                key={column.key}
                align={column.numeric ? 'right' : 'left'}
                sortDirection={column.sortKey === sortKey ? direction : false}
              >
                {column.sortKey ? (
                  <TableSortLabel
                    active={column.sortKey === sortKey}
                    direction={column.sortKey === sortKey ? direction : column.sortKey === 'name' ? 'asc' : 'desc'}
                    onClick={() => column.sortKey && onSort(column.sortKey)}
                  >
                    {t(`projects.fields.${column.key}`)}
                  </TableSortLabel>
                ) : (
                  <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center' }}>
                    {t(`projects.fields.${column.key}`)}
                  </Box>
                )}
              </TableCell>
            ))}
            {hasActions ? <TableCell sx={{ width: renderRowActions ? undefined : 48 }} aria-label={t('common.actions')} /> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={COLUMNS.length + (hasActions ? 1 : 0)} sx={{ py: 6, textAlign: 'center', color: 'text.secondary' }}>
                {emptyText}
              </TableCell>
            </TableRow>
          ) : (
            rows.map((p) => (
              <TableRow
                key={p.id}
                hover
                data-testid={`project-row-${p.id}`}
                onClick={onOpen ? () => onOpen(p) : undefined}
                sx={onOpen ? { cursor: 'pointer' } : undefined}
              >
                <TableCell align="right" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
                  {p.id}
                </TableCell>
                <TableCell sx={{ '& svg': { display: 'block' } }}>
                  {p.is_active ? (
                    <Tooltip title={t('projects.isActive')}>
                      <CheckCircleIcon color="success" fontSize="small" aria-label={t('projects.isActive')} />
                    </Tooltip>
                  ) : (
                    <Tooltip title={t('projects.isPaused')}>
                      <PauseCircleOutlineIcon color="disabled" fontSize="small" aria-label={t('projects.isPaused')} />
                    </Tooltip>
                  )}
                </TableCell>
                <TableCell>{p.tag || none}</TableCell>
                <TableCell sx={{ minWidth: 180 }}>
                  <Tooltip title={t('projects.openNumbers')} placement="top-start">
                    <Link
                      component={RouterLink}
                      to={paths.numbers.href({ projectId: p.id })}
                      underline="hover"
                      sx={{ fontWeight: 500 }}
                      onClick={(event) => event.stopPropagation()}
                    >
                      {p.name}
                    </Link>
                  </Tooltip>
                </TableCell>
                <TableCell>{p.type || none}</TableCell>
                <NumberCell value={p.daily_limit} language={language} zeroText={t('common.noLimit')} />
                <NumberCell value={p.received_today} language={language} />
                <NumberCell value={p.received_total} language={language} />
                <NumberCell value={p.duplicates_today} language={language} />
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{p.last_received_at ? formatDateTime(p.last_received_at, language) : none}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {p.weekdays.length > 0 ? (
                    <Box component="span" sx={{ letterSpacing: 0.2 }}>{formatWeekdays(p.weekdays, language)}</Box>
                  ) : (
                    <Typography component="span" variant="body2" color="text.disabled">{t('projects.noWeekdays')}</Typography>
                  )}
                </TableCell>
                {hasActions ? (
                  <TableCell padding="none">
                    {/* A click on a row's button is not a click on the row (which opens the card). */}
                    <Box
                      sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 1, whiteSpace: 'nowrap' }}
                      onClick={(event) => event.stopPropagation()}
                    >
                      {renderRowActions?.(p)}
                      {onOpen ? (
                        <Tooltip title={t('common.edit')}>
                          <IconButton size="small" aria-label={`${t('common.edit')}: ${p.name}`} onClick={() => onOpen(p)}>
                            <EditOutlinedIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      ) : null}
                    </Box>
                  </TableCell>
                ) : null}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function NumberCell({ value, language, zeroText }: { value: number; language: Language; zeroText?: string }) {
  return (
    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {value === 0 && zeroText ? (
        <Typography component="span" variant="body2" color="text.secondary">
          {zeroText}
        </Typography>
      ) : (
        formatNumber(value, language)
      )}
    </TableCell>
  );
}
