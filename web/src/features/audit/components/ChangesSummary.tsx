import { Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { summarizeChanges, valueText, type ValueWords } from './audit-changes';
import { useValueWords } from './ChangeValue';

/** A summary longer than this is cut (a project's sites may be thousands of domains). */
const MAX_SUMMARY = 200;

/** One line: "daily_limit: 500 → 700", "name, tag, type и ещё 12", or '' for none. */
export function changesSummaryText(changes: unknown, words: ValueWords, t: TFunction): string {
  const line = summaryLine(changes, words, t);
  return line.length > MAX_SUMMARY ? `${line.slice(0, MAX_SUMMARY - 1)}…` : line;
}

function summaryLine(changes: unknown, words: ValueWords, t: TFunction): string {
  const summary = summarizeChanges(changes);
  const text = (value: unknown) => valueText(value, words) || '—';
  switch (summary.kind) {
    case 'none':
      return '';
    case 'raw':
      return summary.json;
    case 'one': {
      const { entry } = summary;
      return entry.kind === 'diff' ? `${entry.field}: ${text(entry.old)} → ${text(entry.new)}` : `${entry.field}: ${text(entry.value)}`;
    }
    case 'fields': {
      const names = summary.fields.join(', ');
      return summary.more > 0 ? `${names} ${t('audit.summary.more', { n: String(summary.more) })}` : names;
    }
  }
}

export interface ChangesSummaryProps {
  changes: unknown;
}

/** The list's column: a short line, the whole of it in a native tooltip. */
export function ChangesSummary({ changes }: ChangesSummaryProps) {
  const { t } = useTranslation();
  const words = useValueWords();
  const text = changesSummaryText(changes, words, t);
  if (!text) {
    return (
      <Typography component="span" variant="body2" color="text.disabled">
        —
      </Typography>
    );
  }
  return (
    <Typography component="div" variant="body2" noWrap title={text} sx={{ maxWidth: 480 }}>
      {text}
    </Typography>
  );
}
