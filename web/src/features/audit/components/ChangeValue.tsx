import { Box, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { valueText, type ValueWords } from './audit-changes';

/** The words values are written with, in the user's language. */
export function useValueWords(): ValueWords {
  const { t } = useTranslation();
  return useMemo(() => ({ yes: t('common.yes'), no: t('common.no'), empty: t('audit.emptyString') }), [t]);
}

/** A long value (a list of sites, a schedule) wraps at this width. */
export const VALUE_WIDTH = 420;

export interface ChangeValueProps {
  value: unknown;
}

/** One old or new value: "—" for none, lists and objects as JSON. */
export function ChangeValue({ value }: ChangeValueProps) {
  const words = useValueWords();
  if (value === null || value === undefined) {
    return (
      <Typography component="span" variant="body2" color="text.disabled">
        —
      </Typography>
    );
  }
  const structured = typeof value === 'object';
  const empty = value === '';
  return (
    <Box
      component="span"
      sx={{
        display: 'block',
        maxWidth: VALUE_WIDTH,
        fontFamily: structured ? 'monospace' : undefined,
        fontSize: structured ? 12 : undefined,
        fontStyle: empty ? 'italic' : undefined,
        color: empty ? 'text.secondary' : undefined,
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
      }}
    >
      {valueText(value, words)}
    </Box>
  );
}
