import type { TFunction } from 'i18next';
import type { CallOutcome, LiveCall } from '../api/types';

const OUTCOMES = new Set(['answered', 'no_answer', 'busy', 'failed', 'unknown', 'in_progress']);

/** A call's outcome (or a last call's result) in words: "не ответили"; the server's word when unknown. */
export function outcomeText(outcome: string | null | undefined, t: TFunction): string {
  if (!outcome) return '';
  return OUTCOMES.has(outcome) ? t(`softphone.outcome.${outcome as CallOutcome | 'unknown' | 'in_progress'}`) : outcome;
}

/** "Звонок…", "Разговор", "Завершён: не ответили". */
export function callStateText(call: Pick<LiveCall, 'state' | 'outcome'>, t: TFunction): string {
  if (call.state === 'ended') return call.outcome ? t('softphone.state.endedWith', { outcome: outcomeText(call.outcome, t) }) : t('softphone.state.ended');
  return t(`softphone.state.${call.state}`);
}
