import type { TFunction } from 'i18next';
import type { DistributionReason, DistributionReasonCode, GetBaseResult } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import type { Language } from '@/lib/i18n';
import { translateServerMessage } from '@/lib/server-messages';

const KNOWN: readonly DistributionReasonCode[] = ['daily_limit_reached', 'outside_schedule', 'pool_empty', 'project_inactive'];

/** A reason in the user's language; a code this UI does not know yet shows the server's words. */
export function reasonText(reason: DistributionReason, t: TFunction): string {
  return (KNOWN as readonly string[]).includes(reason.code)
    ? t(`distribution.reasons.${reason.code}`)
    : translateServerMessage(reason.message || reason.code, t);
}

/** What "Получить базу" tells: "Получено 37 номеров", "Номера не поступили: достигнут дневной лимит". */
export function getBaseMessage(result: GetBaseResult, t: TFunction, language: Language): { text: string; severity: 'success' | 'info' } {
  const reason = result.reason ? reasonText(result.reason, t) : null;
  if (result.handed === 0) {
    return {
      text: reason ? t('distribution.noneReceived', { reason }) : t('distribution.noneReceivedNoReason'),
      severity: 'info',
    };
  }
  const received = t('distribution.received', { count: result.handed, n: formatNumber(result.handed, language) });
  if (reason) return { text: t('distribution.receivedLess', { received, reason }), severity: 'success' };
  if (result.remaining_today !== null) {
    return { text: t('distribution.remainingToday', { text: received, n: formatNumber(result.remaining_today, language) }), severity: 'success' };
  }
  return { text: received, severity: 'success' };
}
