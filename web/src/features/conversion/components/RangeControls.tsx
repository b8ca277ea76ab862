import { Box, ToggleButton, ToggleButtonGroup, Tooltip, Typography } from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversionView } from '@/lib/api-types';
import {
  CONVERSION_VIEWS,
  MAX_RANGE_DAYS,
  matchPreset,
  presetRange,
  RANGE_PRESETS,
  rangeIssue,
  type ConversionRange,
  type RangePreset,
} from './conversion-params';

export interface RangeControlsProps {
  /** As the URL has it ('' dates: the server's default range). */
  value: ConversionRange;
  /** The range the server answered for, shown in the date inputs while the URL has no dates. */
  answered?: { from: string; to: string } | null;
  onChange: (range: ConversionRange) => void;
  /** The server's words about a date (422 on date_from or date_to), already translated. */
  serverIssue?: { from?: string; to?: string };
}

function toDay(value: string): Dayjs | null {
  return value ? dayjs(value) : null;
}

/** Only a whole, valid date changes the range; a half-typed one is ignored until it is complete. */
function fromDay(day: Dayjs | null): string | null {
  return day && day.isValid() ? day.format('YYYY-MM-DD') : null;
}

/**
 * The period (presets: today, yesterday, 7 days, 30 days, this month; or two dates) and the way
 * of counting (cohort or activity, each explained in a tooltip).
 */
export const RangeControls = memo(function RangeControls({ value, answered, onChange, serverIssue }: RangeControlsProps) {
  const { t } = useTranslation();
  const from = value.from || answered?.from || '';
  const to = value.to || answered?.to || '';
  const preset = matchPreset(value.from, value.to);
  const issue = rangeIssue(value.from, value.to);
  const fromError = issue === 'tooLong' ? t('conversion.range.tooLong', { max: String(MAX_RANGE_DAYS) }) : (serverIssue?.from ?? null);
  const toError = issue === 'order' ? t('conversion.range.order') : (serverIssue?.to ?? null);
  const hints: Record<ConversionView, string> = { cohort: t('conversion.view.cohortHint'), activity: t('conversion.view.activityHint') };

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={preset}
        aria-label={t('conversion.range.presets')}
        onChange={(_event, next: RangePreset | null) => {
          if (next) onChange({ ...value, ...presetRange(next) });
        }}
        sx={{ mt: 0.5 }}
      >
        {RANGE_PRESETS.map((p) => (
          <ToggleButton key={p} value={p} sx={{ px: 1.5, textTransform: 'none' }}>
            {t(`conversion.range.${p}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Box sx={{ display: 'flex', gap: 1.25 }}>
        <DatePicker
          label={t('conversion.range.from')}
          value={toDay(from)}
          maxDate={toDay(to) ?? undefined}
          onChange={(day) => {
            const next = fromDay(day);
            if (next) onChange({ ...value, from: next, to });
          }}
          slotProps={{
            textField: {
              size: 'small',
              sx: { width: 170 },
              InputLabelProps: { shrink: true },
              error: fromError !== null,
              helperText: fromError ?? undefined,
            },
          }}
        />
        <DatePicker
          label={t('conversion.range.to')}
          value={toDay(to)}
          minDate={toDay(from) ?? undefined}
          onChange={(day) => {
            const next = fromDay(day);
            if (next) onChange({ ...value, from, to: next });
          }}
          slotProps={{
            textField: {
              size: 'small',
              sx: { width: 170 },
              InputLabelProps: { shrink: true },
              error: toError !== null,
              helperText: toError ?? undefined,
            },
          }}
        />
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 0.5 }}>
        <Typography variant="body2" color="text.secondary" id="conversion-view-label">
          {t('conversion.view.label')}
        </Typography>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={value.view}
          aria-labelledby="conversion-view-label"
          onChange={(_event, next: ConversionView | null) => {
            if (next) onChange({ ...value, view: next });
          }}
        >
          {CONVERSION_VIEWS.map((view) => (
            <Tooltip key={view} title={hints[view]} describeChild placement="bottom">
              <ToggleButton value={view} sx={{ px: 1.5, textTransform: 'none' }}>
                {t(`conversion.view.${view}`)}
              </ToggleButton>
            </Tooltip>
          ))}
        </ToggleButtonGroup>
      </Box>
    </Box>
  );
});
