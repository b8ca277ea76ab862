import { ConstructionOutlined as ConstructionOutlinedIcon } from '@mui/icons-material';
import { Box, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './PageHeader';

export interface PlaceholderPageProps {
  title: string;
  description: string;
}

/** A section that is in the menu but not built yet. */
export function PlaceholderPage({ title, description }: PlaceholderPageProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title} />
      <Paper variant="outlined" sx={{ p: 4, display: 'flex', gap: 2, alignItems: 'flex-start', maxWidth: 720 }}>
        <ConstructionOutlinedIcon color="action" sx={{ fontSize: 36 }} />
        <Box>
          <Typography sx={{ mb: 1 }}>{description}</Typography>
          <Typography color="text.secondary">{t('placeholders.soon')}</Typography>
        </Box>
      </Paper>
    </>
  );
}
