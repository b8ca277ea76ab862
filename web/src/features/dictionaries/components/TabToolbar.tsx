import { Add as AddIcon } from '@mui/icons-material';
import { Box, Button, LinearProgress, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatNumber } from '@/lib/format';

export interface TabToolbarProps {
  count: number;
  loading: boolean;
  /** No label: no add button (read-only). */
  addLabel?: string;
  onAdd: () => void;
  /** Filters on the left. */
  children?: ReactNode;
}

/** Above a dictionary table: filters, the count, the add button; a thin progress line below. */
export function TabToolbar({ count, loading, addLabel, onAdd, children }: TabToolbarProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 2, flexWrap: 'wrap' }}>
        {children}
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {t('dictionaries.count', { n: formatNumber(count, language) })}
        </Typography>
        {addLabel ? (
          <Button variant="contained" startIcon={<AddIcon />} onClick={onAdd}>
            {addLabel}
          </Button>
        ) : null}
      </Box>
      <Box sx={{ height: 4 }}>{loading ? <LinearProgress /> : null}</Box>
    </>
  );
}
