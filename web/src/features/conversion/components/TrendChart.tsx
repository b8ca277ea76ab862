import { Box, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { BarPlot } from '@mui/x-charts/BarChart';
import { ChartsAxisHighlight } from '@mui/x-charts/ChartsAxisHighlight';
import { ChartsGrid } from '@mui/x-charts/ChartsGrid';
import { ChartsLegend } from '@mui/x-charts/ChartsLegend';
import { ChartsTooltip } from '@mui/x-charts/ChartsTooltip';
import { ChartsXAxis } from '@mui/x-charts/ChartsXAxis';
import { ChartsYAxis } from '@mui/x-charts/ChartsYAxis';
import { LinePlot, MarkPlot } from '@mui/x-charts/LineChart';
import { ResponsiveChartContainer } from '@mui/x-charts/ResponsiveChartContainer';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import type { ConversionDay } from '@/lib/api-types';
import { formatDate, formatNumber } from '@/lib/format';
import { formatShare } from './measure-format';

export interface TrendChartProps {
  days: readonly ConversionDay[];
  height?: number;
}

/** Received, processed and success per day as bars; the conversion of the received as a line on its own scale. */
export function TrendChart({ days, height = 320 }: TrendChartProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const theme = useTheme();

  const { series, xAxis, yAxis } = useMemo(() => {
    const count = (value: number | null) => (value === null ? '' : formatNumber(value, language));
    const rate = (value: number | null) => (value === null ? t('common.none') : formatShare(value, language));
    return {
      series: [
        { type: 'bar' as const, id: 'received', label: t('conversion.columns.received'), data: days.map((d) => d.received), yAxisId: 'count', color: theme.palette.grey[400], valueFormatter: count },
        { type: 'bar' as const, id: 'processed', label: t('conversion.columns.processed'), data: days.map((d) => d.processed), yAxisId: 'count', color: theme.palette.info.main, valueFormatter: count },
        { type: 'bar' as const, id: 'success', label: t('conversion.columns.success'), data: days.map((d) => d.success), yAxisId: 'count', color: theme.palette.success.main, valueFormatter: count },
        {
          type: 'line' as const,
          id: 'conversion',
          label: t('conversion.project.conversionSeries'),
          data: days.map((d) => d.conversion.of_received),
          yAxisId: 'rate',
          color: theme.palette.warning.main,
          connectNulls: true,
          valueFormatter: rate,
        },
      ],
      xAxis: [
        {
          id: 'day',
          scaleType: 'band' as const,
          data: days.map((d) => d.day),
          valueFormatter: (day: string, context: { location: string }) =>
            context.location === 'tick' ? dayjs(day).format(language === 'ru' ? 'DD.MM' : 'DD/MM') : formatDate(day, language),
        },
      ],
      yAxis: [
        { id: 'count', scaleType: 'linear' as const, min: 0, valueFormatter: (v: number) => formatNumber(v, language) },
        { id: 'rate', scaleType: 'linear' as const, min: 0, valueFormatter: (v: number) => formatShare(v, language) },
      ],
    };
  }, [days, language, t, theme]);

  return (
    <Box data-testid="conversion-trend">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('conversion.project.trendHint')}
      </Typography>
      <Box sx={{ width: '100%', height }}>
        <ResponsiveChartContainer series={series} xAxis={xAxis} yAxis={yAxis} margin={{ top: 48, right: 64, bottom: 32, left: 56 }}>
          <ChartsGrid horizontal />
          <BarPlot />
          <LinePlot />
          <MarkPlot />
          <ChartsXAxis axisId="day" />
          <ChartsYAxis axisId="count" position="left" />
          <ChartsYAxis axisId="rate" position="right" />
          <ChartsAxisHighlight x="band" />
          <ChartsTooltip trigger="axis" />
          <ChartsLegend direction="row" position={{ vertical: 'top', horizontal: 'middle' }} />
        </ResponsiveChartContainer>
      </Box>
    </Box>
  );
}
