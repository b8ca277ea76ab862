import { Alert, Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useLanguage } from '@/hooks/use-language';
import { formatNumber } from '@/lib/format';

export interface PendingBulkAction {
  /** "Статус: «В работе»", "Закрепить за: admin". */
  what: string;
  count: number;
  estimate: boolean;
  allMatching: boolean;
  /** All matching with no filter at all: every number the user can see. */
  unfiltered: boolean;
}

export interface BulkConfirmDialogProps {
  action: PendingBulkAction | null;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Change 1 234 numbers?" — says what changes, how many, and whether by the filter. */
export function BulkConfirmDialog({ action, busy, error, onConfirm, onClose }: BulkConfirmDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const count = action ? formatNumber(action.count, language) : '';
  const n = action?.estimate ? t('numbers.bulk.about', { n: count }) : count;
  return (
    <ConfirmDialog
      open={action !== null}
      title={t('numbers.bulk.confirmTitle')}
      confirmLabel={t('numbers.bulk.confirm', { n })}
      busy={busy}
      error={error}
      onConfirm={onConfirm}
      onClose={onClose}
      text={
        <Box sx={{ display: 'grid', gap: 1 }} data-testid="bulk-confirm-text">
          <Typography sx={{ fontWeight: 600 }}>{action?.what}</Typography>
          <Typography>
            {action?.allMatching ? t('numbers.bulk.scopeFilter', { n }) : t('numbers.bulk.scopeIds', { n })}
          </Typography>
          {action?.estimate ? (
            <Typography variant="body2" color="text.secondary">
              {t('numbers.bulk.estimateHint')}
            </Typography>
          ) : null}
          {action?.unfiltered ? <Alert severity="warning">{t('numbers.bulk.unfilteredWarning')}</Alert> : null}
        </Box>
      }
    />
  );
}
