import { Close as CloseIcon, Star as StarIcon, StarBorder as StarBorderIcon } from '@mui/icons-material';
import { Alert, Box, Divider, IconButton, TextField, Tooltip } from '@mui/material';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import type { NumberStatus, PhoneNumberDetail } from '@/lib/api-types';
import { useNextNumber, type NextNumberParams } from '../../api/get-next-number';
import { useSaveNumber } from '../../api/save-number';
import { CalleeClock } from './CalleeClock';
import { CallHistory } from './CallHistory';
import { CardFooter } from './CardFooter';
import { ContactFields } from './ContactFields';
import { AssigneeField } from './AssigneeField';
import { NoteHistory } from './NoteHistory';
import { NumberFacts } from './NumberFacts';
import { PhoneLine } from './PhoneLine';
import { ReminderPicker } from '@/components/ui/ReminderPicker';
import { describeSaveFailure, type SaveProblem } from './save-errors';
import { StatusPicker } from './StatusPicker';
import { useCardDraft } from './use-card-draft';
import { isTyping, useCardShortcuts } from './use-card-shortcuts';

export interface NumberWorkspaceProps {
  number: PhoneNumberDetail;
  statuses: readonly NumberStatus[];
  canEdit: boolean;
  /** The filters and sort of the list the card was opened from. */
  nextParams: NextNumberParams;
  /** Off while a dialog over the card is open. */
  shortcutsEnabled: boolean;
  onNavigate: (numberId: number) => void;
  onDirtyChange: (dirty: boolean) => void;
  onClose: () => void;
}

const byOrder = (a: NumberStatus, b: NumberStatus) => a.sort_order - b.sort_order || a.id - b.id;

/**
 * The manager's workstation for one number: status, a new note, the callback, the assignee and
 * the contacts, saved at once; the notes and the facts beside; "Следующий номер" goes on
 * through the list the card came from. Keyed by the number: the next one starts afresh.
 */
export function NumberWorkspace(props: NumberWorkspaceProps) {
  const { number, canEdit, nextParams, onNavigate, onDirtyChange, onClose } = props;
  const { t } = useTranslation();
  const draft = useCardDraft(number);
  const { values, errors } = draft;
  const statuses = useMemo(() => [...props.statuses].sort(byOrder), [props.statuses]);
  const save = useSaveNumber();
  const next = useNextNumber();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [atEnd, setAtEnd] = useState(false);
  /** What the last Save did, said beside the buttons until the next change. */
  const [outcome, setOutcome] = useState<'saved' | 'nothing' | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const note = useRef<HTMLTextAreaElement>(null);

  useEffect(() => onDirtyChange(draft.dirty), [draft.dirty, onDirtyChange]);
  // Keys work at once: the card, not a field, has the focus.
  useEffect(() => root.current?.focus({ preventScroll: true }), []);

  const submit = async (): Promise<boolean> => {
    if (!canEdit || !draft.dirty) return true;
    if (save.isPending) return false;
    const { patch } = draft;
    const sent = values;
    setProblem(null);
    try {
      await save.mutateAsync({ id: number.id, patch });
      draft.settle(sent);
      return true;
    } catch (error) {
      const failure = describeSaveFailure(error, patch, t);
      draft.setErrors(failure.fields);
      setProblem(failure);
      return false;
    }
  };

  const handleSave = () => {
    if (!canEdit || save.isPending) return;
    if (!draft.dirty) {
      setOutcome('nothing');
      return;
    }
    void submit().then((ok) => setOutcome(ok ? 'saved' : null));
  };

  const handleNext = () => {
    if (save.isPending || next.isPending) return;
    void submit().then((ok) => {
      if (!ok) return;
      next.mutate(
        { id: number.id, params: nextParams },
        { onSuccess: (found) => (found ? onNavigate(found.id) : setAtEnd(true)) },
      );
    });
  };

  useCardShortcuts({
    enabled: props.shortcutsEnabled,
    statusCount: canEdit ? statuses.length : 0,
    onStatus: (index) => draft.set('status_id', statuses[index]!.id),
    onSave: handleSave,
    onNext: handleNext,
    onNote: () => note.current?.focus(),
  });

  // Esc in a field leaves it (the keys are shortcuts again) instead of closing the card.
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && isTyping(event.target)) {
      event.stopPropagation();
      root.current?.focus({ preventScroll: true });
    }
  };

  const disabled = !canEdit;
  return (
    <Box
      ref={root}
      tabIndex={-1}
      onKeyDown={handleKeyDown}
      sx={{ display: 'flex', flexDirection: 'column', height: '100%', outline: 'none' }}
      data-testid="number-workspace"
    >
      <Box sx={{ px: 2.5, pt: 1.5, pb: 1.25, borderBottom: 1, borderColor: 'divider' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Tooltip title={values.is_favourite ? t('numbers.removeFavourite') : t('numbers.addFavourite')}>
            <span>
              <IconButton
                onClick={() => draft.set('is_favourite', !values.is_favourite)}
                aria-label={values.is_favourite ? t('numbers.removeFavourite') : t('numbers.addFavourite')}
                aria-pressed={values.is_favourite}
                disabled={disabled}
                sx={{ color: values.is_favourite ? '#f5a623' : undefined }}
              >
                {values.is_favourite ? <StarIcon /> : <StarBorderIcon />}
              </IconButton>
            </span>
          </Tooltip>
          <PhoneLine phone={number.phone_number} />
          <Box sx={{ flexGrow: 1 }} />
          <IconButton onClick={onClose} aria-label={t('common.close')}>
            <CloseIcon />
          </IconButton>
        </Box>
        <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center', pl: 6, color: 'text.secondary', fontSize: 14 }}>
          <CalleeClock geo={number.geo} />
          <span>{number.project.name}</span>
        </Box>
      </Box>

      <Box
        sx={{
          flexGrow: 1,
          overflowY: 'auto',
          p: 2.5,
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 1.2fr) minmax(0, 1fr)' },
          alignItems: 'start',
        }}
      >
        <Box sx={{ display: 'grid', gap: 2.25 }}>
          <StatusPicker statuses={statuses} value={values.status_id} disabled={disabled} onChange={(id) => draft.set('status_id', id)} />
          <TextField
            inputRef={note}
            label={t('numbers.card.note')}
            placeholder={t('numbers.card.notePlaceholder')}
            value={values.note}
            onChange={(event) => draft.set('note', event.target.value)}
            error={Boolean(errors.note)}
            helperText={errors.note}
            disabled={disabled}
            multiline
            minRows={3}
            maxRows={8}
            inputProps={{ maxLength: 5000, 'aria-keyshortcuts': 'C' }}
            InputLabelProps={{ shrink: true }}
            fullWidth
          />
          <ReminderPicker
            value={values.reminder_at}
            onChange={(at) => draft.set('reminder_at', at)}
            calleeTimeZone={number.geo?.timezone ?? null}
            error={errors.reminder_at}
            disabled={disabled}
          />
          <AssigneeField
            projectId={number.project_id}
            value={values.assigned_to}
            onChange={(id) => draft.set('assigned_to', id)}
            current={number.assigned_to === null ? null : { id: number.assigned_to, username: number.assigned_username ?? `#${number.assigned_to}` }}
            error={errors.assigned_to}
            disabled={disabled}
          />
          <ContactFields values={values} errors={errors} disabled={disabled} onChange={(field, value) => draft.set(field, value)} />
        </Box>
        <Box sx={{ display: 'grid', gap: 2.5 }}>
          <NoteHistory numberId={number.id} comment={number.comment} createdAt={number.created_at} />
          <Divider />
          <NumberFacts n={number} />
          <Divider />
          <CallHistory calls={number.call_history} />
        </Box>
      </Box>

      {problem?.text || problem?.error || atEnd || next.isError ? (
        <Box sx={{ px: 2.5, pt: 1.25, display: 'grid', gap: 1 }}>
          {problem?.text ? <Alert severity="error">{problem.text}</Alert> : null}
          {problem?.error ? <ErrorAlert error={problem.error} /> : null}
          {next.isError ? <ErrorAlert error={next.error} /> : null}
          {atEnd ? (
            <Alert severity="info" data-testid="card-last">
              {t('numbers.card.lastInList')}
            </Alert>
          ) : null}
        </Box>
      ) : null}
      <CardFooter
        canEdit={canEdit}
        dirty={draft.dirty}
        outcome={draft.dirty ? null : outcome}
        saving={save.isPending}
        loadingNext={next.isPending}
        statusCount={statuses.length}
        onSave={handleSave}
        onNext={handleNext}
      />
    </Box>
  );
}
