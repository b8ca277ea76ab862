import { Close as CloseIcon } from '@mui/icons-material';
import { Box, CircularProgress, Drawer, IconButton } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import type { NumberStatus } from '@/lib/api-types';
import type { NextNumberParams } from '../api/get-next-number';
import { usePhoneNumber } from '../api/get-phone-number';
import { NumberWorkspace } from './card/NumberWorkspace';

export interface NumberCardProps {
  /** The number to show, or null when closed. */
  numberId: number | null;
  statuses: readonly NumberStatus[];
  canEdit: boolean;
  /** The filters and sort of the list it was opened from: "Следующий номер" goes on through it. */
  nextParams: NextNumberParams;
  /** Shows another number (the next of the list) in the card. */
  onNavigate: (numberId: number) => void;
  onClose: () => void;
}

/** A number's card, the manager's workstation, in a wide panel on the right; asks before losing changes. */
export function NumberCard({ numberId, statuses, canEdit, nextParams, onNavigate, onClose }: NumberCardProps) {
  const { t } = useTranslation();
  const number = usePhoneNumber(numberId);
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);
  const requestClose = () => (dirty ? setAsking(true) : onClose());
  const discard = () => {
    setAsking(false);
    setDirty(false);
    onClose();
  };
  return (
    <Drawer anchor="right" open={numberId !== null} onClose={requestClose} PaperProps={{ sx: { width: { xs: '100vw', md: 880 }, maxWidth: '100vw' } }}>
      <Box role="dialog" aria-label={t('numbers.card.title')} sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
        {number.data ? (
          <NumberWorkspace
            key={number.data.id}
            number={number.data}
            statuses={statuses}
            canEdit={canEdit}
            nextParams={nextParams}
            shortcutsEnabled={!asking}
            onNavigate={onNavigate}
            onDirtyChange={setDirty}
            onClose={requestClose}
          />
        ) : (
          <>
            <Box sx={{ display: 'flex', justifyContent: 'flex-end', px: 2.5, py: 1.5 }}>
              <IconButton onClick={onClose} aria-label={t('common.close')}>
                <CloseIcon />
              </IconButton>
            </Box>
            <Box sx={{ px: 2.5 }}>
              {number.isError ? <ErrorAlert error={number.error} onRetry={() => void number.refetch()} /> : null}
              {number.isPending && numberId !== null ? (
                <Box sx={{ display: 'grid', placeItems: 'center', py: 6 }}>
                  <CircularProgress aria-label={t('common.loading')} />
                </Box>
              ) : null}
            </Box>
          </>
        )}
      </Box>
      <ConfirmDialog
        open={asking}
        title={t('numbers.card.unsavedTitle')}
        text={t('numbers.card.unsavedText')}
        confirmLabel={t('numbers.card.discard')}
        danger
        onConfirm={discard}
        onClose={() => setAsking(false)}
      />
    </Drawer>
  );
}
