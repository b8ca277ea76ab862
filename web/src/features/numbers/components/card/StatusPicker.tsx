import { Box, ButtonBase, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { StatusDot, statusName } from '@/components/ui/StatusBadge';
import { useLanguage } from '@/hooks/use-language';
import type { NumberStatus } from '@/lib/api-types';
import { Kbd } from './Kbd';

export interface StatusPickerProps {
  /** In the order the digits pick them. */
  statuses: readonly NumberStatus[];
  value: number;
  disabled?: boolean;
  onChange: (statusId: number) => void;
}

/** The statuses as buttons in their colours, the chosen one filled; the first nine carry their digit. */
export function StatusPicker({ statuses, value, disabled, onChange }: StatusPickerProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const theme = useTheme();
  return (
    <Box>
      <Typography variant="subtitle2" component="h3" id="card-status-label" sx={{ mb: 0.75 }}>
        {t('numbers.fields.status')}
        <Box component="span" sx={{ ml: 1, fontWeight: 400, color: 'text.secondary', fontSize: 12 }}>
          {t('numbers.card.statusKeys', { n: String(Math.min(statuses.length, 9)) })}
        </Box>
      </Typography>
      <Box role="radiogroup" aria-labelledby="card-status-label" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
        {statuses.map((s, i) => {
          const on = s.id === value;
          const digit = i < 9 ? String(i + 1) : undefined;
          return (
            <ButtonBase
              key={s.id}
              role="radio"
              aria-checked={on}
              aria-keyshortcuts={digit}
              disabled={disabled}
              onClick={() => onChange(s.id)}
              sx={{
                gap: 0.75,
                px: 1,
                py: 0.5,
                borderRadius: 4,
                border: 1,
                borderColor: on ? s.color : 'divider',
                bgcolor: on ? s.color : 'background.paper',
                color: on ? theme.palette.getContrastText(s.color) : 'text.primary',
                fontSize: 13,
                fontWeight: on ? 600 : 500,
                '&:hover': { borderColor: s.color },
                '&.Mui-focusVisible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 1 },
              }}
            >
              {digit ? <Kbd inverted={on} decorative>
                  {digit}
                </Kbd> : null}
              {on ? null : <StatusDot color={s.color} />}
              {statusName(s, language)}
            </ButtonBase>
          );
        })}
      </Box>
    </Box>
  );
}
