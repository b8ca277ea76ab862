import { Box, Paper, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';

export type TileTone = 'default' | 'alert' | 'muted';

export interface StatTileProps {
  label: string;
  /** What the figure counts, on hover. */
  hint: string;
  value: string;
  /** A line under the value. */
  caption?: ReactNode;
  /** The tile is a link there. */
  to?: string;
  /** `alert`: something waits for the user (red); `muted`: nothing to show yet (grey). */
  tone?: TileTone;
  testId?: string;
}

/** One figure of the day; a link when it leads to the list behind it. */
export function StatTile({ label, hint, value, caption, to, tone = 'default', testId }: StatTileProps) {
  const alert = tone === 'alert';
  const body = (
    <>
      {/* Two lines kept for the label, so the figures of a row line up when one label wraps. */}
      <Typography variant="body2" color="text.secondary" sx={{ lineHeight: 1.3, minHeight: '2.6em' }}>
        {label}
      </Typography>
      <Typography
        component="div"
        sx={{ fontSize: 26, fontWeight: 700, lineHeight: 1.25, mt: 0.5, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        color={alert ? 'error.main' : tone === 'muted' ? 'text.disabled' : 'text.primary'}
        data-testid={testId ? `${testId}-value` : undefined}
      >
        {value}
      </Typography>
      {caption ? (
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.25, lineHeight: 1.35 }}>
          {caption}
        </Typography>
      ) : null}
    </>
  );
  const sx = {
    px: 2,
    py: 1.5,
    height: '100%',
    display: 'block',
    color: 'inherit',
    textDecoration: 'none',
    borderLeft: 4,
    borderLeftColor: alert ? 'error.main' : 'transparent',
    transition: 'border-color 120ms, background-color 120ms',
  } as const;
  return (
    <Tooltip title={hint} describeChild placement="top-start" enterDelay={400}>
      {to ? (
        <Paper
          variant="outlined"
          component={RouterLink}
          to={to}
          data-testid={testId}
          sx={{ ...sx, '&:hover, &:focus-visible': { borderColor: 'primary.main', bgcolor: 'action.hover' } }}
        >
          {body}
        </Paper>
      ) : (
        <Paper variant="outlined" tabIndex={0} data-testid={testId} sx={sx}>
          <Box>{body}</Box>
        </Paper>
      )}
    </Tooltip>
  );
}
