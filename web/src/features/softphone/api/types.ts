// The SoftPhone endpoints' types under this feature's names: the PBX integrations
// (administrators), the number look-up and the live calls of the operator's pop-up,
// click-to-call, and the calls no number record holds. All from the OpenAPI document
// (src/lib/api-types.ts); only the constant lists the forms iterate are written here.

import type {
  ClickToCallAccepted,
  ClickToCallRequest,
  SoftphoneCallListed,
  SoftphoneCallPage,
  SoftphoneCallQuery,
  SoftphoneCard,
  SoftphoneIntegration,
  SoftphoneIntegrationInput,
  SoftphoneLiveCall,
  SoftphoneNumberLookup,
} from '@/lib/api-types';

export type { SoftphoneMe } from '@/lib/api-types';

export type IntegrationKind = SoftphoneIntegration['kind'];
export const INTEGRATION_KINDS: readonly IntegrationKind[] = ['numbase', 'zadarma', 'mango'];

/** What a PBX says became of a call; each may move the number to a status (the document's map keys). */
export type CallOutcome = 'answered' | 'no_answer' | 'busy' | 'failed';
export const CALL_OUTCOMES: readonly CallOutcome[] = ['answered', 'no_answer', 'busy', 'failed'];

export type Integration = SoftphoneIntegration;

/** Write-only: numbase and Zadarma sign with `secret` (Zadarma's click-to-call adds `api_key`); Mango uses both keys. */
export interface IntegrationSecrets {
  secret?: string;
  api_key?: string;
  api_salt?: string;
}

/** The document leaves every field optional (PATCH shares it); a new integration needs these. */
export type IntegrationCreate = Omit<SoftphoneIntegrationInput, 'secrets'> & {
  name: string;
  kind: IntegrationKind;
  secrets: IntegrationSecrets;
};

/** Only what is sent changes; `secrets` replaces all of them; the kind never changes. */
export type IntegrationUpdate = Omit<SoftphoneIntegrationInput, 'kind' | 'secrets'> & { secrets?: IntegrationSecrets };

export interface IntegrationList {
  data: Integration[];
}

export type CallDirection = SoftphoneLiveCall['direction'];
export type RecentCall = SoftphoneCard['last_calls'][number];
export type KnownNumber = SoftphoneCard;
export type NumberLookup = SoftphoneNumberLookup;
export type CallState = SoftphoneLiveCall['state'];
export type LiveCall = SoftphoneLiveCall;
export type CallRequest = ClickToCallRequest;
export type CallRequested = ClickToCallAccepted;
export type UnlinkedCall = SoftphoneCallListed;
export type CallPage = SoftphoneCallPage;

/** The query of GET /softphone/calls as the screens give it (the document's strings, typed). */
export interface CallListParams extends Omit<SoftphoneCallQuery, 'unlinked' | 'cursor'> {
  unlinked?: boolean;
  cursor?: string;
}
