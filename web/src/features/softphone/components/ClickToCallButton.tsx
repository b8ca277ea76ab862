import { Phone as PhoneIcon } from '@mui/icons-material';
import { Box, CircularProgress, IconButton, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/components/errors/describe-error';
import { isApiError } from '@/lib/api-client';
import { translateServerMessage } from '@/lib/server-messages';
import { useSoftphoneMe } from '../api/get-softphone-me';
import { useStartCall } from '../api/start-call';

/** Whether a PBX can ring the signed-in user's extension (then the call button goes through it). */
export function useClickToCall(): boolean {
  return useSoftphoneMe().data?.click_to_call ?? false;
}

/** How long «Звоним…» stays after the PBX took the request. */
const CALLING_MS = 10_000;

/**
 * The call button through the PBX: it rings the user's phone, then the number. Says «Звоним…»
 * once the PBX took the request, or why it could not.
 */
export function ClickToCallButton({ phone }: { phone: string }) {
  const { t } = useTranslation();
  const call = useStartCall();
  const [calling, setCalling] = useState(false);
  useEffect(() => {
    if (!calling) return undefined;
    const timer = setTimeout(() => setCalling(false), CALLING_MS);
    return () => clearTimeout(timer);
  }, [calling]);

  const handleClick = () => {
    setCalling(false);
    call.mutate(phone, { onSuccess: () => setCalling(true) });
  };

  let failure: string | null = null;
  if (call.isError) {
    // «Нельзя: ни одна АТС… не знает ваш внутренний номер» comes as the phone_number field's issue.
    const issue = isApiError(call.error) ? call.error.details.find((d) => d.field === 'phone_number')?.issue : undefined;
    failure = t('softphone.call.failed', { reason: issue ? translateServerMessage(issue, t) : describeError(call.error, t).message });
  }
  const said = call.isPending || calling ? t('softphone.call.calling') : failure;

  return (
    <>
      <Tooltip title={t('softphone.call.call')} describeChild>
        <span>
          <IconButton
            size="small"
            color="primary"
            onClick={handleClick}
            disabled={call.isPending}
            aria-label={t('softphone.call.call')}
            data-testid="click-to-call"
          >
            {call.isPending ? <CircularProgress size={18} /> : <PhoneIcon fontSize="small" />}
          </IconButton>
        </span>
      </Tooltip>
      <Box component="span" role="status" data-testid="click-to-call-status" sx={{ minWidth: 0 }}>
        {said ? (
          <Typography component="span" variant="body2" sx={{ fontSize: 13, color: failure && !calling && !call.isPending ? 'error.main' : 'success.dark' }}>
            {said}
          </Typography>
        ) : null}
      </Box>
    </>
  );
}
