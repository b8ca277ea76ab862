import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A key of the keyboard, as a hint: "1", "N", "Ctrl+Enter". `decorative` inside a control that
 * names its key otherwise (aria-keyshortcuts), so the key is not read as part of its name.
 */
export function Kbd({ children, inverted, decorative }: { children: ReactNode; inverted?: boolean; decorative?: boolean }) {
  return (
    <Box
      component="kbd"
      aria-hidden={decorative ? true : undefined}
      sx={{
        display: 'inline-block',
        minWidth: 18,
        px: 0.5,
        border: 1,
        borderColor: inverted ? 'rgba(255,255,255,0.6)' : 'divider',
        borderRadius: 0.75,
        fontFamily: 'inherit',
        fontSize: 11,
        fontWeight: 600,
        lineHeight: '16px',
        textAlign: 'center',
        color: inverted ? 'inherit' : 'text.secondary',
        bgcolor: inverted ? 'transparent' : 'background.paper',
      }}
    >
      {children}
    </Box>
  );
}
