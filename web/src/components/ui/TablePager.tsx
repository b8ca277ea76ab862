import { TablePagination } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatNumber } from '@/lib/format';

export interface TablePagerProps {
  total: number;
  /** Zero-based; kept within the last page when the total shrinks. */
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  /** The page sizes to choose from; without them the size is fixed and no choice is shown. */
  pageSizes?: readonly number[];
  onPageSizeChange?: (size: number) => void;
}

/** Offset paging under a table: "1–50 из 1 234", formatted for the language. */
export function TablePager({ total, page, pageSize, onPageChange, pageSizes, onPageSizeChange }: TablePagerProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <TablePagination
      component="div"
      count={total}
      page={total === 0 ? 0 : Math.min(page, Math.max(0, Math.ceil(total / pageSize) - 1))}
      rowsPerPage={pageSize}
      rowsPerPageOptions={pageSizes ? [...pageSizes] : [pageSize]}
      onPageChange={(_event, next) => onPageChange(next)}
      onRowsPerPageChange={onPageSizeChange ? (event) => onPageSizeChange(Number(event.target.value)) : undefined}
      labelRowsPerPage={t('common.rowsPerPage')}
      labelDisplayedRows={({ from, to, count }) =>
        t('common.paginationRange', { from: formatNumber(from, language), to: formatNumber(to, language), total: formatNumber(count, language) })
      }
    />
  );
}
