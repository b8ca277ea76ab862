import { CssBaseline, ThemeProvider } from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/ru';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ErrorBoundary } from '@/components/errors/ErrorBoundary';
import { NotificationsProvider } from '@/components/ui/notifications';
import { currentLanguage } from '@/lib/i18n';
import { createAppTheme } from './theme';

function LocalizedTheme({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const theme = useMemo(() => createAppTheme(language), [language]);
  return (
    <ThemeProvider theme={theme}>
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={language === 'ru' ? 'ru' : 'en-gb'}>
        <CssBaseline />
        {children}
      </LocalizationProvider>
    </ThemeProvider>
  );
}

export interface AppProvidersProps {
  queryClient: QueryClient;
  i18n: I18n;
  children: ReactNode;
}

export function AppProviders({ queryClient, i18n, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedTheme>
        <ErrorBoundary>
          <QueryClientProvider client={queryClient}>
            <NotificationsProvider>{children}</NotificationsProvider>
          </QueryClientProvider>
        </ErrorBoundary>
      </LocalizedTheme>
    </I18nextProvider>
  );
}
