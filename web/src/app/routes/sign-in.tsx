import { Box, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { paths } from '@/config/paths';
import { SignInForm } from '@/features/auth/components/SignInForm';
import { sideMenuColors } from '../theme';

/** Only paths of this app: never another site. */
function safeRedirect(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : paths.home.href();
}

export function SignInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const redirectTo = safeRedirect(searchParams.get('redirect'));
  useDocumentTitle(t('auth.submit'));

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: sideMenuColors.background, display: 'flex', flexDirection: 'column' }}>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', p: 2 }}>
        <LanguageSwitch inverted />
      </Box>
      <Box sx={{ flexGrow: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', p: 2, pb: 12 }}>
        <Paper sx={{ width: '100%', maxWidth: 400, p: 4 }} elevation={8}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 3 }}>
            <Box
              aria-hidden
              sx={{
                width: 40,
                height: 40,
                borderRadius: 2,
                bgcolor: sideMenuColors.accent,
                color: sideMenuColors.background,
                display: 'grid',
                placeItems: 'center',
                fontWeight: 800,
                fontSize: 24,
              }}
            >
              n
            </Box>
            <Box>
              <Typography variant="h6" component="h1" sx={{ fontWeight: 700, lineHeight: 1.2 }}>
                {t('auth.title')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('auth.subtitle')}
              </Typography>
            </Box>
          </Box>
          <SignInForm onSuccess={() => navigate(redirectTo, { replace: true })} />
        </Paper>
      </Box>
    </Box>
  );
}
