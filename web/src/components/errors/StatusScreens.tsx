import { Box, Button, Paper, Typography } from '@mui/material';
import { Block as BlockIcon, SearchOff as SearchOffIcon } from '@mui/icons-material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '@/config/paths';

interface StatusScreenProps {
  icon: ReactNode;
  title: string;
  text: string;
}

function StatusScreen({ icon, title, text }: StatusScreenProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ p: 4, display: 'flex', justifyContent: 'center' }}>
      <Paper variant="outlined" sx={{ p: 4, maxWidth: 520, textAlign: 'center' }}>
        <Box sx={{ color: 'text.secondary', mb: 1, '& svg': { fontSize: 48 } }}>{icon}</Box>
        <Typography variant="h6" component="h1" gutterBottom>
          {title}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {text}
        </Typography>
        <Button component={RouterLink} to={paths.home.href()} variant="outlined">
          {t('errors.goHome')}
        </Button>
      </Paper>
    </Box>
  );
}

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <StatusScreen icon={<SearchOffIcon />} title={t('errors.pageNotFoundTitle')} text={t('errors.pageNotFoundText')} />
  );
}

export function ForbiddenScreen() {
  const { t } = useTranslation();
  return <StatusScreen icon={<BlockIcon />} title={t('errors.forbiddenTitle')} text={t('errors.forbiddenText')} />;
}
