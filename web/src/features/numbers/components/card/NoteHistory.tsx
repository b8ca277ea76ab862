import { Box, CircularProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { useLanguage } from '@/hooks/use-language';
import type { NumberNote } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { useNumberNotes } from '../../api/get-number-notes';

export interface NoteHistoryProps {
  numberId: number;
  /** The number's comment and when it came: until the first note is written it is no note yet. */
  comment: string | null;
  createdAt: string;
}

/** What was written on the number, newest first, with who and when ("из файла": it came with the number). */
export function NoteHistory({ numberId, comment, createdAt }: NoteHistoryProps) {
  const { t } = useTranslation();
  const notes = useNumberNotes(numberId);
  let list: readonly NumberNote[] = notes.data?.data ?? [];
  // A comment from the number's file becomes a note only when the first note is written.
  if (notes.data && list.length === 0 && comment) {
    list = [{ id: 0, body: comment, author_id: null, author_username: null, created_at: createdAt }];
  }
  return (
    <Box component="section" aria-labelledby="card-notes-title">
      <Typography variant="subtitle2" component="h3" id="card-notes-title" sx={{ mb: 0.75 }}>
        {t('numbers.card.notes')}
      </Typography>
      {notes.isError ? <ErrorAlert error={notes.error} onRetry={() => void notes.refetch()} /> : null}
      {notes.isPending ? <CircularProgress size={20} aria-label={t('common.loading')} /> : null}
      {notes.data && list.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('numbers.card.noNotes')}
        </Typography>
      ) : null}
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }} data-testid="note-history">
        {list.map((note) => (
          <NoteItem key={note.id} note={note} />
        ))}
      </Box>
    </Box>
  );
}

function NoteItem({ note }: { note: NumberNote }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Box component="li" sx={{ borderLeft: 3, borderColor: note.author_id === null ? 'grey.300' : 'primary.light', pl: 1.25, py: 0.25 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {note.author_id === null ? t('numbers.card.fromFile') : (note.author_username ?? '—')} · {formatDateTime(note.created_at, language)}
      </Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {note.body}
      </Typography>
    </Box>
  );
}
