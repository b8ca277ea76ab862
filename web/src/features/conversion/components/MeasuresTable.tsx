import {
  Box,
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
import { useTheme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { statusName } from '@/components/ui/StatusBadge';
import { useLanguage } from '@/hooks/use-language';
import type { ConversionMeasures, ConversionSort, ConversionSortKey, ConversionStatus, ConversionView } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import type { Language } from '@/lib/i18n';
import { formatMoney, formatRate, shareOfReceived, viewHintKeys } from './measure-format';

/** A column before the measures: ID and project, supplier and price, region and time zone. */
export interface LeadingColumn {
  key: string;
  label: string;
  hint?: string;
  sortKey?: ConversionSortKey;
  numeric?: boolean;
}

export interface MeasuresTableRow {
  key: string | number;
  /** One per leading column. */
  cells: readonly ReactNode[];
  measures: ConversionMeasures;
  testId?: string;
}

export interface MeasuresTableProps {
  /** The table's accessible name. */
  label: string;
  leading: readonly LeadingColumn[];
  rows: readonly MeasuresTableRow[];
  /** A column each, in their colours, between the measures and the conversion. */
  statuses: readonly ConversionStatus[];
  view: ConversionView;
  /** The bold "Итого" row. */
  totals?: ConversionMeasures | null;
  /** With both, the headers of sortable columns sort (on the server). */
  sort?: ConversionSort;
  onSort?: (key: ConversionSortKey) => void;
  emptyText: ReactNode;
  testId?: string;
}

type CountKey = 'received' | 'duplicates' | 'processed' | 'success';
type RateKey = 'of_received' | 'of_processed' | 'of_contacted';

const COUNTS: readonly { key: CountKey; sortKey: ConversionSortKey; label: 'received' | 'duplicates' | 'processed' | 'success' }[] = [
  { key: 'received', sortKey: 'received', label: 'received' },
  { key: 'duplicates', sortKey: 'duplicates', label: 'duplicates' },
  { key: 'processed', sortKey: 'processed', label: 'processed' },
  { key: 'success', sortKey: 'success', label: 'success' },
];

const RATES: readonly { key: RateKey; sortKey?: ConversionSortKey; label: 'ofReceived' | 'ofProcessed' | 'ofContacted' }[] = [
  { key: 'of_received', sortKey: 'conversion_received', label: 'ofReceived' },
  { key: 'of_processed', sortKey: 'conversion_processed', label: 'ofProcessed' },
  { key: 'of_contacted', label: 'ofContacted' },
];

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
/** A header that explains itself on hover: dotted underline. */
const explained = { textDecoration: 'underline dotted', textUnderlineOffset: '3px', cursor: 'help' } as const;

/**
 * The conversion measures of projects (or suppliers, regions): counts with their share of the
 * received, a column per status in its colour, the conversion three ways, the cost; every
 * measure's header explains it; a bold totals row.
 */
export function MeasuresTable({ label, leading, rows, statuses, view, totals, sort, onSort, emptyText, testId }: MeasuresTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const theme = useTheme();
  const hints = viewHintKeys(view);
  const sortKey = sort ? (sort.startsWith('-') ? sort.slice(1) : sort) : null;
  const direction = sort?.startsWith('-') ? 'desc' : 'asc';
  const columns = leading.length + COUNTS.length + statuses.length + RATES.length + 2;

  const header = (text: string, hint: string | undefined, key: ConversionSortKey | undefined, firstDirection: 'asc' | 'desc' = 'desc') => {
    if (key && onSort) {
      const active = key === sortKey;
      const sortLabel = (
        <TableSortLabel active={active} direction={active ? direction : firstDirection} onClick={() => onSort(key)} sx={hint ? explained : undefined}>
          {text}
        </TableSortLabel>
      );
      return hint ? (
        <Tooltip title={hint} describeChild placement="top">
          {sortLabel}
        </Tooltip>
      ) : (
        sortLabel
      );
    }
    return hint ? (
      <Tooltip title={hint} describeChild placement="top">
        <Box component="span" tabIndex={0} sx={explained}>
          {text}
        </Box>
      </Tooltip>
    ) : (
      text
    );
  };
  const sortDirection = (key: ConversionSortKey | undefined) => (key && onSort && key === sortKey ? direction : false);

  return (
    <TableContainer>
      <Table
        size="small"
        aria-label={label}
        data-testid={testId}
        sx={{
          '& .MuiTableCell-root': { px: 1 },
          '& .MuiTableCell-root:first-of-type': { pl: 2 },
          '& .MuiTableCell-root:last-of-type': { pr: 2 },
          '& thead .MuiTableCell-root': { lineHeight: 1.3, verticalAlign: 'bottom' },
        }}
      >
        <TableHead>
          <TableRow>
            {leading.map((column) => (
              <TableCell key={column.key} rowSpan={2} align={column.numeric ? 'right' : 'left'} sortDirection={sortDirection(column.sortKey)}>
                {header(column.label, column.hint, column.sortKey, 'asc')}
              </TableCell>
            ))}
            {COUNTS.map((column) => {
              const hint =
                column.key === 'processed'
                  ? t(hints.processed)
                  : column.key === 'success'
                    ? t(hints.success)
                    : t(`conversion.hints.${column.key}`);
              return (
                <TableCell key={column.key} rowSpan={2} align="right" sortDirection={sortDirection(column.sortKey)}>
                  {header(t(`conversion.columns.${column.label}`), hint, column.sortKey)}
                </TableCell>
              );
            })}
            {statuses.length > 0 ? (
              <TableCell colSpan={statuses.length} align="center" sx={{ borderBottom: 'none', pb: 0.25 }}>
                {t('conversion.columns.statuses')}
              </TableCell>
            ) : null}
            <TableCell colSpan={RATES.length} align="center" sx={{ borderBottom: 'none', pb: 0.25 }}>
              {header(t('conversion.columns.conversion'), t('conversion.hints.conversion'), undefined)}
            </TableCell>
            <TableCell rowSpan={2} align="right">
              {header(t('conversion.columns.cost'), t('conversion.hints.cost'), undefined)}
            </TableCell>
            <TableCell rowSpan={2} align="right">
              {header(t('conversion.columns.costPerSuccess'), t('conversion.hints.costPerSuccess'), undefined)}
            </TableCell>
          </TableRow>
          <TableRow>
            {statuses.map((status) => {
              const name = statusName(status, language);
              return (
                <TableCell key={status.id} align="right" data-testid={`status-header-${status.id}`}>
                  <Tooltip title={t(hints.status, { name })} describeChild placement="top">
                    <Box
                      component="span"
                      tabIndex={0}
                      sx={{
                        display: 'inline-block',
                        px: 0.75,
                        borderRadius: 1,
                        fontSize: 11.5,
                        fontWeight: 600,
                        lineHeight: 1.6,
                        whiteSpace: 'nowrap',
                        cursor: 'help',
                        bgcolor: status.color,
                        color: theme.palette.getContrastText(status.color),
                      }}
                    >
                      {name}
                    </Box>
                  </Tooltip>
                </TableCell>
              );
            })}
            {RATES.map((column) => (
              <TableCell key={column.key} align="right" sortDirection={sortDirection(column.sortKey)} sx={{ fontSize: 12.5 }}>
                {header(t(`conversion.columns.${column.label}`), t(`conversion.hints.${column.label}`), column.sortKey)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={columns} sx={{ py: 6, textAlign: 'center', color: 'text.secondary' }}>
                {emptyText}
              </TableCell>
            </TableRow>
          ) : (
            rows.map((row) => (
              <TableRow key={row.key} hover data-testid={row.testId}>
                {row.cells.map((cell, index) => (
                  <TableCell key={leading[index]?.key ?? index} align={leading[index]?.numeric ? 'right' : 'left'} sx={leading[index]?.numeric ? { ...numeric, color: 'text.secondary' } : undefined}>
                    {cell}
                  </TableCell>
                ))}
                <MeasureCells measures={row.measures} statuses={statuses} language={language} none={t('common.none')} />
              </TableRow>
            ))
          )}
          {totals && rows.length > 0 ? (
            <TableRow data-testid="conversion-totals" sx={{ bgcolor: 'action.hover', '& > td': { fontWeight: 700 } }}>
              <TableCell colSpan={leading.length}>{t('conversion.total')}</TableCell>
              <MeasureCells measures={totals} statuses={statuses} language={language} none={t('common.none')} />
            </TableRow>
          ) : null}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function CountCell({ count, received, language }: { count: number; received: number | null; language: Language }) {
  const share = received === null ? null : shareOfReceived(count, received, language);
  return (
    <TableCell align="right" sx={numeric}>
      {formatNumber(count, language)}
      {share === null ? null : (
        <Typography component="span" variant="inherit" color="text.secondary" sx={{ fontWeight: 'inherit' }}>
          {` (${share})`}
        </Typography>
      )}
    </TableCell>
  );
}

function TextCell({ text, none }: { text: string | null; none: string }) {
  return (
    <TableCell align="right" sx={numeric}>
      {text ?? (
        <Typography component="span" variant="inherit" color="text.disabled">
          {none}
        </Typography>
      )}
    </TableCell>
  );
}

/** The cells of one row after its leading columns. */
function MeasureCells({
  measures,
  statuses,
  language,
  none,
}: {
  measures: ConversionMeasures;
  statuses: readonly ConversionStatus[];
  language: Language;
  none: string;
}) {
  const received = measures.received;
  return (
    <>
      <CountCell count={received} received={null} language={language} />
      <CountCell count={measures.duplicates} received={received} language={language} />
      <CountCell count={measures.processed} received={received} language={language} />
      <CountCell count={measures.success} received={received} language={language} />
      {statuses.map((status) => (
        <CountCell key={status.id} count={measures.by_status[String(status.id)] ?? 0} received={received} language={language} />
      ))}
      {RATES.map((column) => (
        <TextCell key={column.key} text={formatRate(measures.conversion[column.key], language)} none={none} />
      ))}
      <TextCell text={formatMoney(measures.cost, language)} none={none} />
      <TextCell text={formatMoney(measures.cost_per_success, language)} none={none} />
    </>
  );
}
