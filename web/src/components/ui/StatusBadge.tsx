import { Box } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import type { NumberStatus } from '@/lib/api-types';
import type { Language } from '@/lib/i18n';

type Named = Pick<NumberStatus, 'name_ru' | 'name_en'>;

export function statusName(status: Named, language: Language): string {
  return language === 'en' ? status.name_en : status.name_ru;
}

export interface StatusBadgeProps {
  status: (Named & Pick<NumberStatus, 'color'>) | undefined;
  fallback: string;
  language: Language;
}

const BADGE_STYLE = {
  display: 'inline-flex',
  alignItems: 'center',
  padding: '2px 8px',
  borderRadius: 10,
  fontSize: 12.5,
  fontWeight: 600,
  lineHeight: 1.5,
  whiteSpace: 'nowrap',
} as const;

/**
 * A number status as a coloured pill. A plain span with an inline style: the numbers grid
 * draws one per row, and a styled component per row costs a style serialization each render.
 */
export function StatusBadge({ status, fallback, language }: StatusBadgeProps) {
  const theme = useTheme();
  const color = status?.color ?? theme.palette.grey[500];
  return (
    <span style={{ ...BADGE_STYLE, backgroundColor: color, color: theme.palette.getContrastText(color) }}>
      {status ? statusName(status, language) : fallback}
    </span>
  );
}

/** A small coloured dot before a status name in lists. */
export function StatusDot({ color }: { color: string }) {
  return <Box component="span" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: color, flexShrink: 0, display: 'inline-block' }} />;
}
