import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { HomeCompany } from '@/lib/api-types';
import { ImportsPanel } from './ImportsPanel';
import { AtLimitPanel, WithoutNumbersPanel } from './ProjectsPanels';
import { SuppliersPanel } from './SuppliersPanel';

export interface CompanyTodayProps {
  company: HomeCompany;
  canOpenImports: boolean;
}

/** What an administrator watches: arrivals by supplier, imports, projects at their limit or left without numbers. */
export function CompanyToday({ company, canOpenImports }: CompanyTodayProps) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="home-company-title" data-testid="home-company">
      <Typography id="home-company-title" variant="h6" component="h2" sx={{ fontWeight: 600, mb: 1.5 }}>
        {t('home.company')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}>
        <SuppliersPanel rows={company.received_by_supplier} />
        <ImportsPanel running={company.imports_running} failed={company.imports_failed} canOpen={canOpenImports} />
        <AtLimitPanel rows={company.projects_at_limit} />
        <WithoutNumbersPanel rows={company.projects_without_numbers} />
      </Box>
    </Box>
  );
}
