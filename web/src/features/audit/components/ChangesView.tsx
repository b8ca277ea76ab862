import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { changeEntries, hasNoChanges } from './audit-changes';
import { ChangeValue } from './ChangeValue';

export interface ChangesViewProps {
  changes: unknown;
}

/** A record's changes field by field: old → new where the server gave both, else the value. */
export function ChangesView({ changes }: ChangesViewProps) {
  const { t } = useTranslation();
  if (hasNoChanges(changes)) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('audit.details.noChanges')}
      </Typography>
    );
  }
  const entries = changeEntries(changes);
  if (entries === null) {
    return (
      <Box component="pre" sx={{ m: 0, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {JSON.stringify(changes, null, 2)}
      </Box>
    );
  }
  const diffs = entries.some((e) => e.kind === 'diff');
  return (
    // Columns as wide as their values (each at most VALUE_WIDTH), so that old → new read together.
    <Table
      size="small"
      aria-label={t('audit.details.changes')}
      sx={{ width: 'auto', minWidth: { md: 480 }, '& td, & th': { verticalAlign: 'top', lineHeight: '20px' } }}
    >
      <TableHead>
        <TableRow>
          <TableCell>{t('audit.details.field')}</TableCell>
          {diffs ? (
            <>
              <TableCell>{t('audit.details.old')}</TableCell>
              <TableCell aria-hidden sx={{ px: 0 }} />
              <TableCell>{t('audit.details.new')}</TableCell>
            </>
          ) : (
            <TableCell>{t('audit.details.value')}</TableCell>
          )}
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.field} data-testid={`audit-change-${entry.field}`}>
            <TableCell sx={{ fontFamily: 'monospace', fontSize: 13 }}>{entry.field}</TableCell>
            {entry.kind === 'diff' ? (
              <>
                <TableCell>
                  <ChangeValue value={entry.old} />
                </TableCell>
                <TableCell aria-hidden sx={{ px: 0, color: 'text.secondary' }}>
                  →
                </TableCell>
                <TableCell>
                  <ChangeValue value={entry.new} />
                </TableCell>
              </>
            ) : (
              <TableCell colSpan={diffs ? 3 : 1}>
                <ChangeValue value={entry.value} />
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
