import { ArrowForward as ArrowForwardIcon, Check as CheckIcon } from '@mui/icons-material';
import { Box, Button, CircularProgress, Typography } from '@mui/material';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Kbd } from './Kbd';

export interface CardFooterProps {
  canEdit: boolean;
  dirty: boolean;
  /** What the last Save did. */
  outcome: 'saved' | 'nothing' | null;
  saving: boolean;
  loadingNext: boolean;
  statusCount: number;
  onSave: () => void;
  onNext: () => void;
}

/** Save and "Следующий номер", with the keys that do the same. */
export function CardFooter({ canEdit, dirty, outcome, saving, loadingNext, statusCount, onSave, onNext }: CardFooterProps) {
  const { t } = useTranslation();
  const keys: [string, string][] = [
    ...(canEdit && statusCount > 0 ? [[`1–${Math.min(statusCount, 9)}`, t('numbers.card.shortcutStatus')] as [string, string]] : []),
    ...(canEdit ? [['Ctrl+Enter', t('numbers.card.shortcutSave')] as [string, string]] : []),
    ['N', t('numbers.card.shortcutNext')],
    ...(canEdit ? [['C', t('numbers.card.shortcutNote')] as [string, string], ['Esc', t('numbers.card.shortcutLeave')] as [string, string]] : []),
  ];
  return (
    <Box sx={{ px: 2.5, py: 1.25, borderTop: 1, borderColor: 'divider', bgcolor: 'grey.50' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        {canEdit ? (
          <Button
            variant="contained"
            onClick={onSave}
            disabled={saving}
            aria-keyshortcuts="Control+Enter"
            startIcon={saving ? <CircularProgress size={16} color="inherit" /> : undefined}
            sx={{ gap: 1 }}
          >
            {saving ? t('numbers.card.saving') : t('numbers.card.save')}
            <Kbd inverted decorative>
              Ctrl+Enter
            </Kbd>
          </Button>
        ) : null}
        <Button
          variant="outlined"
          onClick={onNext}
          disabled={saving || loadingNext}
          aria-keyshortcuts="N"
          startIcon={loadingNext ? <CircularProgress size={16} color="inherit" /> : <ArrowForwardIcon />}
          sx={{ gap: 1 }}
        >
          {t('numbers.card.next')}
          <Kbd decorative>N</Kbd>
        </Button>
        <Typography
          role="status"
          variant="body2"
          color={outcome === 'saved' ? 'success.main' : 'text.secondary'}
          sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
          data-testid="card-outcome"
        >
          {outcome === 'saved' ? <CheckIcon fontSize="small" /> : null}
          {outcome === 'saved' ? t('numbers.card.saved') : outcome === 'nothing' ? t('numbers.card.nothingToSave') : null}
          {dirty && canEdit ? t('numbers.card.nextSaves') : null}
        </Typography>
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.75, mb: 0 }} data-testid="card-shortcuts">
        {t('numbers.card.shortcuts')}:{' '}
        {keys.map(([key, what], i) => (
          <Fragment key={key}>
            {i > 0 ? ' · ' : null}
            <Kbd>{key}</Kbd> {what}
          </Fragment>
        ))}
      </Typography>
    </Box>
  );
}
