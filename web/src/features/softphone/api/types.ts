// The SoftPhone endpoints (issue 12), typed here until src/lib/api-types.ts is generated from
// the OpenAPI document: the PBX integrations (administrators), the number look-up and the live
// calls of the operator's pop-up, click-to-call, and the calls no number record holds.

import type { PhoneNumber } from '@/lib/api-types';

type Timestamp = string;

export type IntegrationKind = 'numbase' | 'zadarma' | 'mango';
export const INTEGRATION_KINDS: readonly IntegrationKind[] = ['numbase', 'zadarma', 'mango'];

/** What a PBX says became of a call; each may move the number to a status. */
export type CallOutcome = 'answered' | 'no_answer' | 'busy' | 'failed';
export const CALL_OUTCOMES: readonly CallOutcome[] = ['answered', 'no_answer', 'busy', 'failed'];

export interface Integration {
  id: number;
  name: string;
  kind: IntegrationKind;
  /** Extension → the id of the user who answers it: {"101": 7}. */
  extensions: Record<string, number>;
  /** Outcome → the status the number moves to (absent or null: the status stays). */
  outcomes: Partial<Record<CallOutcome, number | null>>;
  is_active: boolean;
  last_event_at: Timestamp | null;
  /** Events refused for a wrong signature, since the integration was made. */
  signature_failures: number;
  calls_today: number;
  /** Calls no number record holds. */
  unlinked_calls: number;
  /** Where the PBX sends its events. */
  webhook_url: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Whether the keys for click-to-call are set (servers before click-to-call leave it out). */
  has_api?: boolean;
  /** The PBX API base, when the server shows it (it may keep it write-only). */
  api_url?: string | null;
}

/** Write-only: numbase and Zadarma sign with `secret` (Zadarma's click-to-call adds `api_key`); Mango uses both keys. */
export interface IntegrationSecrets {
  secret?: string;
  api_key?: string;
  api_salt?: string;
}

export interface IntegrationCreate {
  name: string;
  kind: IntegrationKind;
  secrets: IntegrationSecrets;
  api_url?: string;
  extensions?: Record<string, number>;
  outcomes?: Partial<Record<CallOutcome, number | null>>;
  is_active?: boolean;
}

/** Only what is sent changes; `secrets` replaces all of them; the kind never changes. */
export type IntegrationUpdate = Partial<Omit<IntegrationCreate, 'kind'>>;

export interface IntegrationList {
  data: Integration[];
}

export type CallDirection = 'inbound' | 'outbound';

/** One of a number's last calls (GET /softphone/number/{phone}). */
export interface RecentCall {
  timestamp: Timestamp;
  direction: CallDirection;
  duration: number | null;
  /** An outcome, "unknown", or "in_progress" while the call goes on. */
  result: string;
}

/** A number record of the phone, with its status's look and its last calls. */
export interface KnownNumber {
  number: PhoneNumber;
  status_color: string;
  status_name_ru: string;
  status_name_en: string;
  last_calls: RecentCall[];
}

export interface NumberLookup {
  phone_number: string;
  data: KnownNumber[];
}

export type CallState = 'ringing' | 'answered' | 'ended';

/** An `event: call` of GET /softphone/calls/live: the same id comes again when answered and ended. */
export interface LiveCall {
  id: number;
  integration_id: number;
  direction: CallDirection;
  /** E.164 with the plus. */
  phone_number: string;
  state: CallState;
  started_at: Timestamp;
  answered_at: Timestamp | null;
  ended_at: Timestamp | null;
  duration: number | null;
  outcome: CallOutcome | 'unknown' | null;
  numbers: KnownNumber[];
}

/** GET /softphone/me: the signed-in user's extension, and whether a PBX can ring it for them. */
export interface SoftphoneMe {
  extension: string | null;
  click_to_call: boolean;
}

export interface CallRequest {
  phone_number: string;
}

/** 202: the PBX rings the user's extension, then the number. */
export interface CallRequested {
  status: 'requested';
  integration_id: number;
}

/** A call no number record holds (GET /softphone/calls?unlinked=true). */
export interface UnlinkedCall {
  id: number;
  integration_id: number;
  integration_name: string;
  direction: CallDirection;
  phone_number: string | null;
  extension: string | null;
  user_id: number | null;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  duration: number | null;
  outcome: CallOutcome | 'unknown' | null;
}

export interface CallListParams {
  unlinked?: boolean;
  integration_id?: number;
  limit?: number;
  cursor?: string;
}

export interface CallPage {
  data: UnlinkedCall[];
  next_cursor: string | null;
}
