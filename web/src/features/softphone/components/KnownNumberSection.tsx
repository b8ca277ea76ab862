import { CallMade as CallMadeIcon, CallReceived as CallReceivedIcon, EditNote as EditNoteIcon, OpenInNew as OpenInNewIcon } from '@mui/icons-material';
import { Box, Button, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/ui/StatusBadge';
import { useLanguage } from '@/hooks/use-language';
import type { NumberStatus, PhoneNumber } from '@/lib/api-types';
import { formatClockDuration, formatDateTime } from '@/lib/format';
import type { KnownNumber } from '../api/types';
import { outcomeText } from './call-text';
import { CallResultForm } from './CallResultForm';

export interface KnownNumberSectionProps {
  known: KnownNumber;
  statuses: readonly NumberStatus[];
  /** phone_numbers.update: the result form is shown. */
  canEdit: boolean;
  /** «Сохранено» instead of the form (another number of the call is still to do). */
  saved: boolean;
  /** The result form is open (one at a time when a call has several numbers). */
  formOpen: boolean;
  onOpenForm: () => void;
  onOpenCard: (numberId: number) => void;
  onSaved: (number: PhoneNumber) => void;
}

/** One record of the caller: where it is, how it stands, its last calls, and the result form. */
export function KnownNumberSection({ known, statuses, canEdit, saved, formOpen, onOpenForm, onOpenCard, onSaved }: KnownNumberSectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { number } = known;
  const status = { color: known.status_color, name_ru: known.status_name_ru, name_en: known.status_name_en };
  const titleId = `call-number-${number.id}`;
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ display: 'grid', gap: 1.25 }} data-testid="call-number">
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography id={titleId} variant="subtitle2" component="h3" sx={{ fontWeight: 700, lineHeight: 1.3 }}>
            {number.project_name}
          </Typography>
          {number.company ? (
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              {number.company}
            </Typography>
          ) : null}
        </Box>
        <Box component="span" data-testid="call-number-status" sx={{ flexShrink: 0 }}>
          <StatusBadge status={status} fallback={number.status_code} language={language} />
        </Box>
      </Box>

      {number.comment ? (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere', display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {t('softphone.popup.comment')}:{' '}
          </Box>
          {number.comment}
        </Typography>
      ) : null}
      {number.reminder_at ? (
        <Typography variant="body2">
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {t('softphone.popup.reminder')}:{' '}
          </Box>
          {formatDateTime(number.reminder_at, language)}
        </Typography>
      ) : null}
      <Box>
        <Typography variant="caption" component="h4" color="text.secondary" sx={{ display: 'block', fontWeight: 600 }}>
          {t('softphone.popup.lastCalls')}
        </Typography>
        {known.last_calls.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('softphone.popup.noCalls')}
          </Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 0.25, fontSize: 13 }} data-testid="call-last-calls">
            {known.last_calls.map((call, i) => (
              <Box component="li" key={i} sx={{ display: 'flex', alignItems: 'center', gap: 0.75, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {call.direction === 'inbound' ? (
                  <CallReceivedIcon sx={{ fontSize: 14 }} color="primary" titleAccess={t('softphone.direction.inbound')} />
                ) : (
                  <CallMadeIcon sx={{ fontSize: 14 }} color="action" titleAccess={t('softphone.direction.outbound')} />
                )}
                <span>{formatDateTime(call.timestamp, language)}</span>
                {call.duration !== null ? <span>· {formatClockDuration(call.duration)}</span> : null}
                <Box component="span" sx={{ color: 'text.secondary', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  · {outcomeText(call.result, t)}
                </Box>
              </Box>
            ))}
          </Box>
        )}
      </Box>

      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button size="small" startIcon={<OpenInNewIcon />} onClick={() => onOpenCard(number.id)}>
          {t('softphone.popup.openCard')}
        </Button>
        {canEdit && !saved && !formOpen ? (
          <Button size="small" variant="outlined" startIcon={<EditNoteIcon />} onClick={onOpenForm}>
            {t('softphone.popup.writeResult')}
          </Button>
        ) : null}
      </Box>

      {saved ? (
        <Typography variant="body2" color="success.main" sx={{ fontWeight: 600 }} role="status">
          {t('softphone.popup.saved')}
        </Typography>
      ) : canEdit && formOpen ? (
        <CallResultForm number={number} statuses={statuses} idPrefix={`call-${number.id}`} onSaved={onSaved} />
      ) : canEdit ? null : (
        <Typography variant="body2" color="text.secondary">
          {t('softphone.popup.cannotEdit')}
        </Typography>
      )}
    </Box>
  );
}
