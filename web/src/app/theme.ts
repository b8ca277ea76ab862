import { createTheme, type Theme } from '@mui/material/styles';
import { enUS as coreEnUS, ruRU as coreRuRU } from '@mui/material/locale';
import { enUS as gridEnUS, ruRU as gridRuRU } from '@mui/x-data-grid/locales';
import { enUS as pickersEnUS, ruRU as pickersRuRU } from '@mui/x-date-pickers/locales';
import type { Language } from '@/lib/i18n';

/** The dark side menu of the CRM this one replaces. */
export const sideMenuColors = {
  background: '#1f2430',
  hover: 'rgba(255, 255, 255, 0.06)',
  selected: 'rgba(255, 152, 0, 0.16)',
  text: '#c9ced8',
  textStrong: '#ffffff',
  accent: '#ff9800',
  divider: 'rgba(255, 255, 255, 0.08)',
} as const;

export function createAppTheme(language: Language): Theme {
  return createTheme(
    {
      palette: {
        mode: 'light',
        // The old CRM: orange for the primary action, green for the secondary one.
        primary: { main: '#e65100', light: '#ff833a', dark: '#ac1900', contrastText: '#ffffff' },
        secondary: { main: '#2e7d32', contrastText: '#ffffff' },
        background: { default: '#f4f5f7', paper: '#ffffff' },
      },
      shape: { borderRadius: 6 },
      typography: {
        fontFamily: '"Inter", "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif',
        fontSize: 14,
        h5: { fontSize: '1.4rem' },
      },
      components: {
        MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
        MuiTab: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } } },
        MuiTableCell: { styleOverrides: { head: { fontWeight: 600, lineHeight: 1.25 } } },
        MuiTextField: { defaultProps: { size: 'small' } },
        MuiFormControl: { defaultProps: { size: 'small' } },
      },
    },
    language === 'ru' ? coreRuRU : coreEnUS,
    language === 'ru' ? gridRuRU : gridEnUS,
    language === 'ru' ? pickersRuRU : pickersEnUS,
  );
}
