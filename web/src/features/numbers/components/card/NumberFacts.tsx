import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryLink } from '@/features/audit';
import { useLanguage } from '@/hooks/use-language';
import type { PhoneNumberDetail } from '@/lib/api-types';
import { formatDateTime, formatNumber, formatUtcOffset, placeName } from '@/lib/format';

/** What is known about the number and is not edited here: project, supplier, region, calls so far, dates. */
export function NumberFacts({ n }: { n: PhoneNumberDetail }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const none = (
    <Box component="span" sx={{ color: 'text.disabled' }}>
      {t('common.none')}
    </Box>
  );
  const rows: [string, ReactNode][] = [
    [t('numbers.fields.project'), n.project.name],
    [t('numbers.filters.provider'), n.provider ? `${n.provider.code} · ${n.provider.name}` : none],
    [t('numbers.fields.region'), n.geo ? `${placeName(n.geo, language)} · ${formatUtcOffset(n.geo.timezone)}` : none],
    [t('numbers.card.callAttempts'), formatNumber(n.call_attempts, language)],
    [t('numbers.card.lastCall'), n.last_call_at ? formatDateTime(n.last_call_at, language) : none],
    [t('numbers.fields.created'), formatDateTime(n.created_at, language)],
    [t('numbers.card.updated'), formatDateTime(n.updated_at, language)],
  ];
  return (
    <Box component="section" aria-labelledby="card-facts-title">
      <Typography variant="subtitle2" component="h3" id="card-facts-title" sx={{ mb: 0.75 }}>
        {t('numbers.card.about')}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(110px, auto) 1fr', columnGap: 1.5, rowGap: 0.5, m: 0 }}>
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, wordBreak: 'break-word' }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      <HistoryLink entityType="phone_number" entityId={n.id} />
    </Box>
  );
}
