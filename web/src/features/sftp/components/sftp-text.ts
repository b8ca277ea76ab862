// The SFTP feeds' words the server gives as codes or English texts: why a file was skipped, what
// a connection test met, why a run failed.

import type { TFunction } from 'i18next';
import { translateServerMessage } from '@/lib/server-messages';
import { TEST_ERROR_CODES, type TestErrorCode } from '../api/types';

const REASONS = ['already_imported', 'still_being_written', 'not_a_file', 'no_match'] as const;
type ReasonCode = (typeof REASONS)[number];

/** Why a run skipped a file or could not take it, in the user's language; an unknown reason stays as written. */
export function fileReasonText(reason: string, t: TFunction): string {
  if ((REASONS as readonly string[]).includes(reason)) return t(`sftp.runs.reason.${reason as ReasonCode}`);
  const unreadable = /^unreadable: (.+)$/s.exec(reason);
  if (unreadable) return t('sftp.runs.reason.unreadable', { reason: translateServerMessage(unreadable[1]!, t), interpolation: { escapeValue: false } });
  const notMoved = /^not moved to processed\/: (.+)$/s.exec(reason);
  if (notMoved) return t('sftp.runs.reason.notMoved', { reason: translateServerMessage(notMoved[1]!, t), interpolation: { escapeValue: false } });
  return translateServerMessage(reason, t);
}

export function isTestErrorCode(code: string): code is TestErrorCode {
  return (TEST_ERROR_CODES as readonly string[]).includes(code);
}

/** What a connection test's error code means; an unknown code shows the server's message. */
export function testErrorText(error: { code: string; message: string }, t: TFunction): string {
  return isTestErrorCode(error.code) ? t(`sftp.test.errors.${error.code}`) : translateServerMessage(error.message, t);
}

/** "sftp.partner-a.com:2222", the port only when it is not 22. */
export function hostAddress(host: { host: string; port: number }): string {
  return host.port === 22 ? host.host : `${host.host}:${host.port}`;
}
