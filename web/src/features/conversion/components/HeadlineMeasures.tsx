import { Box, Paper, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import type { ConversionMeasures, ConversionView } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import { formatMoney, formatRate, shareOfReceived, viewHintKeys } from './measure-format';

export interface HeadlineMeasuresProps {
  measures: ConversionMeasures;
  /** Final statuses that are not success (the project's answer has it beside the measures). */
  failed: number;
  view: ConversionView;
}

interface Tile {
  key: string;
  label: string;
  hint: string;
  value: string | null;
  /** The share of the received, under the value. */
  share?: string | null;
  strong?: boolean;
}

/** The project's figures for the period as tiles; each label explains itself on hover. */
export function HeadlineMeasures({ measures, failed, view }: HeadlineMeasuresProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const hints = viewHintKeys(view);
  const received = measures.received;
  const count = (n: number) => formatNumber(n, language);
  const tiles: Tile[] = [
    { key: 'received', label: t('conversion.columns.received'), hint: t('conversion.hints.received'), value: count(received), strong: true },
    {
      key: 'duplicates',
      label: t('conversion.columns.duplicates'),
      hint: t('conversion.hints.duplicates'),
      value: count(measures.duplicates),
      share: shareOfReceived(measures.duplicates, received, language),
    },
    {
      key: 'processed',
      label: t('conversion.columns.processed'),
      hint: t(hints.processed),
      value: count(measures.processed),
      share: shareOfReceived(measures.processed, received, language),
    },
    {
      key: 'success',
      label: t('conversion.columns.success'),
      hint: t(hints.success),
      value: count(measures.success),
      share: shareOfReceived(measures.success, received, language),
      strong: true,
    },
    { key: 'failed', label: t('conversion.columns.failed'), hint: t('conversion.hints.failed'), value: count(failed), share: shareOfReceived(failed, received, language) },
    { key: 'calls', label: t('conversion.columns.calls'), hint: t('conversion.hints.calls'), value: count(measures.calls) },
    {
      key: 'contacted',
      label: t('conversion.columns.contacted'),
      hint: t('conversion.hints.contacted'),
      value: count(measures.contacted),
      share: shareOfReceived(measures.contacted, received, language),
    },
    {
      key: 'ofReceived',
      label: `${t('conversion.columns.conversion')} ${t('conversion.columns.ofReceived')}`,
      hint: t('conversion.hints.ofReceived'),
      value: formatRate(measures.conversion.of_received, language),
      strong: true,
    },
    {
      key: 'ofProcessed',
      label: `${t('conversion.columns.conversion')} ${t('conversion.columns.ofProcessed')}`,
      hint: t('conversion.hints.ofProcessed'),
      value: formatRate(measures.conversion.of_processed, language),
    },
    {
      key: 'ofContacted',
      label: `${t('conversion.columns.conversion')} ${t('conversion.columns.ofContacted')}`,
      hint: t('conversion.hints.ofContacted'),
      value: formatRate(measures.conversion.of_contacted, language),
    },
    { key: 'cost', label: t('conversion.columns.cost'), hint: t('conversion.hints.cost'), value: formatMoney(measures.cost, language) },
    {
      key: 'costPerSuccess',
      label: t('conversion.columns.costPerSuccess'),
      hint: t('conversion.hints.costPerSuccess'),
      value: formatMoney(measures.cost_per_success, language),
    },
  ];

  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(165px, 1fr))' }} data-testid="conversion-headline">
      {tiles.map((tile) => (
        <Paper key={tile.key} variant="outlined" sx={{ px: 2, py: 1.5 }} data-testid={`measure-${tile.key}`}>
          <Tooltip title={tile.hint} describeChild placement="top-start">
            <Typography
              variant="body2"
              color="text.secondary"
              tabIndex={0}
              sx={{ textDecoration: 'underline dotted', textUnderlineOffset: '3px', cursor: 'help', display: 'inline' }}
            >
              {tile.label}
            </Typography>
          </Tooltip>
          <Typography
            sx={{ fontSize: 22, fontWeight: tile.strong ? 700 : 600, fontVariantNumeric: 'tabular-nums', lineHeight: 1.3, mt: 0.5 }}
            color={tile.value === null ? 'text.disabled' : 'text.primary'}
          >
            {tile.value ?? t('common.none')}
          </Typography>
          {tile.share ? (
            <Typography variant="caption" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {tile.share}
            </Typography>
          ) : null}
        </Paper>
      ))}
    </Box>
  );
}
