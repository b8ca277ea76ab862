import {
  CallMade as CallMadeIcon,
  CallReceived as CallReceivedIcon,
  Close as CloseIcon,
  ExpandLess as ExpandLessIcon,
  ExpandMore as ExpandMoreIcon,
} from '@mui/icons-material';
import { Box, Chip, Collapse, Divider, IconButton, Paper, Tooltip, Typography } from '@mui/material';
import { keyframes } from '@mui/material/styles';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberStatus, PhoneNumber } from '@/lib/api-types';
import { formatPhone } from '@/lib/format';
import type { KnownNumber, LiveCall } from '../api/types';
import { callStateText } from './call-text';
import { KnownNumberSection } from './KnownNumberSection';
import { UnknownNumber } from './UnknownNumber';

export interface CallPanelProps {
  call: LiveCall;
  statuses: readonly NumberStatus[];
  canEdit: boolean;
  canCreate: boolean;
  onOpenCard: (numberId: number) => void;
  onClose: () => void;
}

const ring = keyframes`
  0%, 100% { transform: rotate(0deg); }
  10%, 30% { transform: rotate(-14deg); }
  20%, 40% { transform: rotate(14deg); }
  50% { transform: rotate(0deg); }
`;

/** A number made in the panel, as the stream would have brought it. */
function knownOf(number: PhoneNumber, statuses: readonly NumberStatus[]): KnownNumber {
  const status = statuses.find((s) => s.id === number.status_id);
  return {
    number,
    status_color: status?.color ?? '#9e9e9e',
    status_name_ru: status?.name_ru ?? number.status_code,
    status_name_en: status?.name_en ?? number.status_code,
    last_calls: [],
  };
}

/**
 * One call: who, which way, how it goes, and for each of its numbers the record and a result
 * form; «Нет в базе» with «Создать в проекте» when none. Saving the last open number closes it.
 */
export function CallPanel({ call, statuses, canEdit, canCreate, onOpenCard, onClose }: CallPanelProps) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(false);
  const [created, setCreated] = useState<PhoneNumber[]>([]);
  const [saved, setSaved] = useState<ReadonlySet<number>>(new Set());
  /** The number whose result form is open: a call with several numbers shows one form at a time. */
  const [formFor, setFormFor] = useState<number | null>(null);
  const numbers = useMemo(() => {
    const listed = new Set(call.numbers.map((n) => n.number.id));
    return [...call.numbers, ...created.filter((n) => !listed.has(n.id)).map((n) => knownOf(n, statuses))];
  }, [call.numbers, created, statuses]);

  const handleSaved = (number: PhoneNumber) => {
    const next = new Set(saved).add(number.id);
    if (numbers.every((n) => next.has(n.number.id))) {
      onClose();
      return;
    }
    setSaved(next);
    setFormFor(numbers.find((n) => !next.has(n.number.id))?.number.id ?? null);
  };
  const handleOpenCard = (numberId: number) => {
    // The card is a dialog: the panel steps aside so as not to cover it.
    setCollapsed(true);
    onOpenCard(numberId);
  };

  const inbound = call.direction === 'inbound';
  // A hidden caller id comes as null: the panel still shows the call.
  const phone = call.phone_number ? formatPhone(call.phone_number) : '—';
  const titleId = `call-${call.id}-title`;
  const bodyId = `call-${call.id}-body`;
  const stateColor = call.state === 'ringing' ? 'warning' : call.state === 'answered' ? 'success' : 'default';
  return (
    <Paper
      elevation={8}
      component="section"
      aria-labelledby={titleId}
      data-testid="call-panel"
      data-call-id={call.id}
      data-state={call.state}
      sx={{ overflow: 'hidden', flexShrink: 0, borderTop: 4, borderColor: call.state === 'ringing' ? 'warning.main' : call.state === 'answered' ? 'success.main' : 'grey.400' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, pl: 1.5, pr: 0.5, py: 0.75, bgcolor: 'grey.50' }}>
        <Box
          sx={{
            display: 'flex',
            color: inbound ? 'primary.main' : 'text.secondary',
            animation: call.state === 'ringing' ? `${ring} 1.2s ease-in-out infinite` : undefined,
            '@media (prefers-reduced-motion: reduce)': { animation: 'none' },
          }}
        >
          {inbound ? <CallReceivedIcon aria-hidden /> : <CallMadeIcon aria-hidden />}
        </Box>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', lineHeight: 1.2 }}>
            {inbound ? t('softphone.popup.inbound') : t('softphone.popup.outbound')}
          </Typography>
          <Typography
            id={titleId}
            variant="subtitle1"
            component="h2"
            sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', lineHeight: 1.3 }}
            data-testid="call-phone"
          >
            <Box component="span" sx={visuallyHidden}>
              {`${inbound ? t('softphone.popup.inbound') : t('softphone.popup.outbound')}: `}
            </Box>
            {phone}
          </Typography>
        </Box>
        <Chip size="small" color={stateColor} label={callStateText(call, t)} data-testid="call-state" role="status" />
        <Tooltip title={collapsed ? t('softphone.popup.expand') : t('softphone.popup.collapse')}>
          <IconButton
            size="small"
            onClick={() => setCollapsed((c) => !c)}
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            aria-label={`${collapsed ? t('softphone.popup.expand') : t('softphone.popup.collapse')}: ${phone}`}
          >
            {collapsed ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
          </IconButton>
        </Tooltip>
        <Tooltip title={t('softphone.popup.close')}>
          <IconButton size="small" onClick={onClose} aria-label={`${t('softphone.popup.close')}: ${phone}`} data-testid="call-close">
            <CloseIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      <Collapse in={!collapsed} id={bodyId}>
        <Box sx={{ p: 1.5, display: 'grid', gap: 1.5 }}>
          {numbers.length === 0 ? (
            call.phone_number ? (
              <UnknownNumber phoneNumber={call.phone_number} canCreate={canCreate} onCreated={(n) => setCreated((list) => [...list, n])} />
            ) : null
          ) : (
            numbers.map((known, i) => (
              <Fragment key={known.number.id}>
                {i > 0 ? <Divider /> : null}
                <KnownNumberSection
                  known={known}
                  statuses={statuses}
                  canEdit={canEdit}
                  saved={saved.has(known.number.id)}
                  formOpen={(formFor ?? numbers.find((n) => !saved.has(n.number.id))?.number.id) === known.number.id}
                  onOpenForm={() => setFormFor(known.number.id)}
                  onOpenCard={handleOpenCard}
                  onSaved={handleSaved}
                />
              </Fragment>
            ))
          )}
        </Box>
      </Collapse>
    </Paper>
  );
}

// Read by screen readers, not shown.
const visuallyHidden = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;
