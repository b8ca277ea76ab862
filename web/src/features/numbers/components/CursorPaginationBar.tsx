import {
  FirstPage as FirstPageIcon,
  NavigateBefore as NavigateBeforeIcon,
  NavigateNext as NavigateNextIcon,
} from '@mui/icons-material';
import { Box, IconButton, MenuItem, Select, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import type { NumberPagination } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import type { Language } from '@/lib/i18n';

export interface RangeLabelInput {
  pageIndex: number;
  pageSize: number;
  rowsOnPage: number;
  pagination: Pick<NumberPagination, 'total' | 'total_is_estimate' | 'has_next'> | undefined;
}

/** "1–50 из 10 234 567", "… из около …" for an estimate; the last page knows its total exactly. */
export function rangeLabelParts({ pageIndex, pageSize, rowsOnPage, pagination }: RangeLabelInput) {
  if (!pagination || rowsOnPage === 0) return null;
  const from = pageIndex * pageSize + 1;
  const to = pageIndex * pageSize + rowsOnPage;
  if (!pagination.has_next) return { from, to, total: to, estimate: false };
  return { from, to, total: Math.max(pagination.total, to + 1), estimate: pagination.total_is_estimate };
}

export interface CursorPaginationBarProps extends RangeLabelInput {
  pageSizes: readonly number[];
  canGoBack: boolean;
  busy: boolean;
  /** A new page is on its way: the range is not known yet. */
  loading: boolean;
  onPageSizeChange: (size: number) => void;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
}

export function CursorPaginationBar(props: CursorPaginationBarProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { pageSize, pageSizes, pagination, canGoBack, busy } = props;
  const label = props.loading ? t('common.loading') : formatRange(props, language, t);
  return (
    <Box
      sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 2, px: 2, py: 0.75, borderTop: 1, borderColor: 'divider' }}
    >
      <Typography variant="body2" color="text.secondary" id="numbers-page-size-label">
        {t('numbers.pageSize')}
      </Typography>
      <Select
        variant="standard"
        disableUnderline
        value={pageSize}
        onChange={(event) => props.onPageSizeChange(Number(event.target.value))}
        labelId="numbers-page-size-label"
        sx={{ fontSize: 14 }}
      >
        {pageSizes.map((size) => (
          <MenuItem key={size} value={size}>
            {size}
          </MenuItem>
        ))}
      </Select>
      <Typography variant="body2" sx={{ minWidth: 150, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }} data-testid="numbers-range">
        {label}
      </Typography>
      {/* Native titles, not Tooltips: an open Tooltip repositions itself on every render of the
          bar, forcing a layout of the page while the new rows are drawn. */}
      <Box>
        <span title={t('numbers.firstPage')}>
          <IconButton size="small" onClick={props.onFirst} disabled={!canGoBack || busy} aria-label={t('numbers.firstPage')}>
            <FirstPageIcon />
          </IconButton>
        </span>
        <span title={t('numbers.previousPage')}>
          <IconButton size="small" onClick={props.onPrevious} disabled={!canGoBack || busy} aria-label={t('numbers.previousPage')}>
            <NavigateBeforeIcon />
          </IconButton>
        </span>
        <span title={t('numbers.nextPage')}>
          <IconButton
            size="small"
            onClick={props.onNext}
            disabled={!pagination?.has_next || busy}
            aria-label={t('numbers.nextPage')}
          >
            <NavigateNextIcon />
          </IconButton>
        </span>
      </Box>
    </Box>
  );
}

function formatRange(
  input: RangeLabelInput,
  language: Language,
  t: TFunction,
): string {
  const parts = rangeLabelParts(input);
  if (!parts) return t('numbers.rangeEmpty');
  const values = {
    from: formatNumber(parts.from, language),
    to: formatNumber(parts.to, language),
    total: formatNumber(parts.total, language),
  };
  return parts.estimate ? t('numbers.rangeEstimate', values) : t('numbers.range', values);
}
