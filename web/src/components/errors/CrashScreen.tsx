import { Box, Button, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

export interface CrashScreenProps {
  error: unknown;
}

/** Shown by the error boundaries; needs only i18n and the theme (no router, no queries, no icons). */
export function CrashScreen({ error }: CrashScreenProps) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Box sx={{ p: 4, display: 'flex', justifyContent: 'center' }}>
      <Paper variant="outlined" sx={{ p: 4, maxWidth: 560, borderLeft: 4, borderLeftColor: 'error.main' }} role="alert">
        <Typography variant="h6" component="h1" sx={{ mb: 2 }}>
          {t('errors.boundaryTitle')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{t('errors.boundaryText')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 3, fontFamily: 'monospace', wordBreak: 'break-word' }}>
          {detail}
        </Typography>
        <Button variant="contained" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
      </Paper>
    </Box>
  );
}

/** The last resort, when even the providers failed: plain HTML in both languages. */
export function PlainCrashScreen({ error }: CrashScreenProps) {
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" style={{ fontFamily: 'system-ui, sans-serif', padding: 32, maxWidth: 560, margin: '0 auto' }}>
      <h1 style={{ fontSize: 20 }}>Произошла ошибка / Something went wrong</h1>
      <p>Перезагрузите страницу. / Reload the page.</p>
      <pre style={{ whiteSpace: 'pre-wrap', color: '#555' }}>{detail}</pre>
      <button type="button" onClick={() => window.location.reload()}>
        Перезагрузить / Reload
      </button>
    </div>
  );
}
