// How the conversion screens write their figures: counts with their share of the received
// ("26 (31,33 %)", as the old CRM did), rates, rubles; each in the chosen language.

import type { ConversionView } from '@/lib/api-types';
import { formatNumber, formatPercent, formatRubles } from '@/lib/format';
import type { Language } from '@/lib/i18n';

/** Shares and rates with up to two decimals: 0.31325 → "31,33 %" (ru), "31.33%" (en). */
export function formatShare(fraction: number, language: Language): string {
  return formatPercent(fraction, language, 2);
}

/** The share of the received numbers a count is; null when nothing was received. */
export function shareOfReceived(count: number, received: number, language: Language): string | null {
  return received > 0 ? formatShare(count / received, language) : null;
}

/** "26 (31,33 %)"; only "26" when nothing was received. */
export function formatCountShare(count: number, received: number, language: Language): string {
  const share = shareOfReceived(count, received, language);
  return share === null ? formatNumber(count, language) : `${formatNumber(count, language)} (${share})`;
}

/** A rate or a sum of money, or null (the screens write "—"). */
export function formatRate(rate: number | null | undefined, language: Language): string | null {
  return rate === null || rate === undefined ? null : formatShare(rate, language);
}

export function formatMoney(value: number | null | undefined, language: Language): string | null {
  return value === null || value === undefined ? null : formatRubles(value, language);
}

/** The translation keys of the definitions that depend on the view. */
export function viewHintKeys(view: ConversionView) {
  return view === 'cohort'
    ? ({ processed: 'conversion.hints.processedCohort', success: 'conversion.hints.successCohort', status: 'conversion.hints.statusCohort' } as const)
    : ({ processed: 'conversion.hints.processedActivity', success: 'conversion.hints.successActivity', status: 'conversion.hints.statusActivity' } as const);
}
