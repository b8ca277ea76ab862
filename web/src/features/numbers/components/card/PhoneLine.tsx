import { ContentCopy as ContentCopyIcon, Phone as PhoneIcon } from '@mui/icons-material';
import { Box, IconButton, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClickToCallButton, useClickToCall } from '@/features/softphone';
import { formatPhone } from '@/lib/format';

type CopyState = 'idle' | 'copied' | 'failed';

// Read by screen readers, not shown (sx would read a width of 1 as 100 %).
const SAID_ONLY = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/**
 * The number grouped for reading, a one-click copy (the number as stored), and the call button:
 * through the PBX when it can ring the user's phone (click-to-call), else a tel: link.
 */
export function PhoneLine({ phone }: { phone: string }) {
  const { t } = useTranslation();
  const clickToCall = useClickToCall();
  // The copy's outcome in the button's tooltip, and said, for a moment (the card is a modal: a
  // message at the bottom of the page would be hidden from screen readers).
  const [copy, setCopy] = useState<CopyState>('idle');
  useEffect(() => {
    if (copy === 'idle') return undefined;
    const timer = setTimeout(() => setCopy('idle'), 2000);
    return () => clearTimeout(timer);
  }, [copy]);
  const handleCopy = () => {
    navigator.clipboard.writeText(phone).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  const copyTitle = copy === 'copied' ? t('numbers.card.copied', { phone }) : copy === 'failed' ? t('numbers.card.copyFailed') : t('numbers.card.copy');
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 }}>
      <Typography
        variant="h5"
        component="h2"
        sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', letterSpacing: 0.2 }}
        data-testid="card-phone"
      >
        {formatPhone(phone)}
      </Typography>
      <Tooltip title={copyTitle} describeChild>
        <IconButton size="small" onClick={handleCopy} aria-label={t('numbers.card.copy')}>
          <ContentCopyIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      {clickToCall ? (
        <ClickToCallButton phone={phone} />
      ) : (
        <Tooltip title={t('numbers.card.call')} describeChild>
          <IconButton size="small" component="a" href={`tel:${phone}`} aria-label={t('numbers.card.call')} color="primary" data-testid="tel-link">
            <PhoneIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      <Box component="span" role="status" sx={SAID_ONLY}>
        {copy === 'idle' ? '' : copyTitle}
      </Box>
    </Box>
  );
}
