import { Box, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export interface PanelProps {
  title: string;
  /** A line under the title: what the list means. */
  hint?: string;
  /** On the right of the title (a link to the full screen, a count). */
  action?: ReactNode;
  testId?: string;
  children: ReactNode;
}

/** A titled card of the company's part of the home screen. */
export function Panel({ title, hint, action, testId, children }: PanelProps) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ overflow: 'hidden', display: 'flex', flexDirection: 'column' }} data-testid={testId}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, px: 2, pt: 1.5, pb: hint ? 0.25 : 1 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, flexGrow: 1 }}>
          {title}
        </Typography>
        {action}
      </Box>
      {hint ? (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ px: 2, pb: 1, m: 0 }}>
          {hint}
        </Typography>
      ) : null}
      {children}
    </Paper>
  );
}

/** The line a panel shows when its list is empty. */
export function PanelEmpty({ children }: { children: ReactNode }) {
  return (
    <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1, pb: 2 }}>
      {children}
    </Typography>
  );
}
