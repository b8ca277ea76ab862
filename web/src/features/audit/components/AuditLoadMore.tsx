import { Box, Button, CircularProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatNumber } from '@/lib/format';

export interface AuditLoadMoreProps {
  /** Records shown so far. */
  shown: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** Under the list: how many records are shown, and "Показать ещё" while the server has more (no total: it is not counted). */
export function AuditLoadMore({ shown, hasMore, loading, onLoadMore }: AuditLoadMoreProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (shown === 0) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, px: 2, py: 1, borderTop: 1, borderColor: 'divider' }}>
      <Typography variant="body2" color="text.secondary" data-testid="audit-shown" sx={{ flexGrow: 1 }}>
        {hasMore ? t('audit.shown', { n: formatNumber(shown, language) }) : t('audit.allShown', { n: formatNumber(shown, language) })}
      </Typography>
      {hasMore ? (
        <Button
          variant="outlined"
          onClick={onLoadMore}
          disabled={loading}
          startIcon={loading ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {t('audit.loadMore')}
        </Button>
      ) : null}
    </Box>
  );
}
