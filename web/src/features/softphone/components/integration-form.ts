// The PBX integration form: its schema (messages are translation keys, see lib/form-errors.ts),
// the body it sends, and where the server's issues go. Secrets are write-only: the server never
// shows them, so when editing an empty field keeps what is stored; and `secrets` replaces all
// of them, so the keys a kind needs are typed together.

import type { Path } from 'react-hook-form';
import { z } from 'zod';
import type { NumberStatus } from '@/lib/api-types';
import {
  CALL_OUTCOMES,
  type CallOutcome,
  type Integration,
  type IntegrationCreate,
  type IntegrationKind,
  type IntegrationSecrets,
  type IntegrationUpdate,
} from '../api/types';

export type SecretField = keyof IntegrationSecrets;

/** The keys a kind is signed with (all needed), and the optional ones (Zadarma's click-to-call). */
export const KIND_SECRETS: Readonly<Record<IntegrationKind, { needed: readonly SecretField[]; optional: readonly SecretField[] }>> = {
  numbase: { needed: ['secret'], optional: [] },
  zadarma: { needed: ['secret'], optional: ['api_key'] },
  mango: { needed: ['api_key', 'api_salt'], optional: [] },
};

/** The PBX API bases the server uses when none is given (click-to-call). */
export const DEFAULT_API_URLS: Readonly<Partial<Record<IntegrationKind, string>>> = {
  zadarma: 'https://api.zadarma.com',
  mango: 'https://app.mango-office.ru/vpbx',
};

export const kindSecrets = (kind: IntegrationKind): SecretField[] => [...KIND_SECRETS[kind].needed, ...KIND_SECRETS[kind].optional];

const SECRET_MIN = 8;
const SECRET_MAX = 500;

const outcomeValue = z.union([z.number(), z.literal('')]);

export const integrationSchema = z
  .object({
    isNew: z.boolean(),
    name: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
    kind: z.enum(['numbase', 'zadarma', 'mango']),
    secret: z.string(),
    api_key: z.string(),
    api_salt: z.string(),
    api_url: z.string().trim(),
    extensions: z.array(z.object({ extension: z.string().trim(), user_id: z.number().nullable() })),
    /** A status id, or '' to leave the status. */
    outcomes: z.object({ answered: outcomeValue, no_answer: outcomeValue, busy: outcomeValue, failed: outcomeValue }),
    is_active: z.boolean(),
    /** Where a call to a phone nobody holds makes its number; null: the call stays unlinked. */
    unlinked_project_id: z.number().nullable(),
  })
  .superRefine((form, ctx) => {
    const { needed } = KIND_SECRETS[form.kind];
    const fields = kindSecrets(form.kind);
    // Editing: nothing typed keeps the keys; anything typed replaces them all.
    const replacing = form.isNew || fields.some((f) => form[f] !== '');
    for (const field of fields) {
      const value = form[field];
      if (value === '') {
        if (replacing && needed.includes(field)) {
          ctx.addIssue({ code: 'custom', path: [field], message: form.isNew ? 'validation.required' : 'softphone.dialog.secretsTogether' });
        }
      } else if (value.length < SECRET_MIN || value.length > SECRET_MAX) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'softphone.dialog.secretRule' });
      }
    }
    if (form.api_url !== '' && (!/^https?:\/\/[^\s/]+\S*$/i.test(form.api_url) || form.api_url.length > 500)) {
      ctx.addIssue({ code: 'custom', path: ['api_url'], message: 'softphone.dialog.apiUrlRule' });
    }
    const seen = new Set<string>();
    form.extensions.forEach((row, i) => {
      if (row.extension === '' || row.extension.length > 50) {
        ctx.addIssue({ code: 'custom', path: ['extensions', i, 'extension'], message: row.extension === '' ? 'validation.required' : 'softphone.dialog.extensionRule' });
      } else if (seen.has(row.extension)) {
        ctx.addIssue({ code: 'custom', path: ['extensions', i, 'extension'], message: 'softphone.dialog.extensionTaken' });
      }
      seen.add(row.extension);
      if (row.user_id === null) ctx.addIssue({ code: 'custom', path: ['extensions', i, 'user_id'], message: 'validation.required' });
    });
  });

export type IntegrationForm = z.infer<typeof integrationSchema>;
type Outcomes = IntegrationForm['outcomes'];

/** A new integration's outcomes as the server would set them: a talk puts the number in work, no answer says so. */
function defaultOutcomes(statuses: readonly NumberStatus[]): Outcomes {
  const id = (code: string) => statuses.find((s) => s.code === code)?.id ?? '';
  return { answered: id('in_progress'), no_answer: id('no_answer'), busy: id('no_answer'), failed: '' };
}

export function integrationDefaults(integration: Integration | null, statuses: readonly NumberStatus[]): IntegrationForm {
  const outcomes = integration
    ? (Object.fromEntries(CALL_OUTCOMES.map((o) => [o, integration.outcomes[o] ?? ''])) as Outcomes)
    : defaultOutcomes(statuses);
  return {
    isNew: integration === null,
    name: integration?.name ?? '',
    kind: integration?.kind ?? 'zadarma',
    secret: '',
    api_key: '',
    api_salt: '',
    api_url: integration?.api_url ?? '',
    extensions: Object.entries(integration?.extensions ?? {})
      .sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true }))
      .map(([extension, user_id]) => ({ extension, user_id })),
    outcomes,
    is_active: integration?.is_active ?? true,
    unlinked_project_id: integration?.unlinked_project_id ?? null,
  };
}

function secretsOf(form: IntegrationForm): IntegrationSecrets {
  const out: IntegrationSecrets = {};
  for (const field of kindSecrets(form.kind)) if (form[field] !== '') out[field] = form[field];
  return out;
}

const extensionsOf = (form: IntegrationForm): Record<string, number> =>
  Object.fromEntries(form.extensions.map((row) => [row.extension, row.user_id ?? 0]));

const outcomesOf = (form: IntegrationForm): Partial<Record<CallOutcome, number | null>> =>
  Object.fromEntries(CALL_OUTCOMES.map((o) => [o, form.outcomes[o] === '' ? null : form.outcomes[o]]));

export function integrationCreateInput(form: IntegrationForm): IntegrationCreate {
  return {
    name: form.name,
    kind: form.kind,
    secrets: secretsOf(form),
    ...(form.api_url ? { api_url: form.api_url } : {}),
    extensions: extensionsOf(form),
    outcomes: outcomesOf(form),
    is_active: form.is_active,
    ...(form.unlinked_project_id !== null ? { unlinked_project_id: form.unlinked_project_id } : {}),
  };
}

const sameMap = (a: Record<string, unknown>, b: Record<string, unknown>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && (a[k] ?? null) === (b[k] ?? null));
};

/** Only what changed; no secrets typed keeps them, an empty API address keeps it too. */
export function integrationUpdateInput(form: IntegrationForm, before: Integration): IntegrationUpdate {
  const patch: IntegrationUpdate = {};
  if (form.name !== before.name) patch.name = form.name;
  const secrets = secretsOf(form);
  if (Object.keys(secrets).length > 0) patch.secrets = secrets;
  if (form.api_url !== '' && form.api_url !== (before.api_url ?? '')) patch.api_url = form.api_url;
  const extensions = extensionsOf(form);
  if (!sameMap(extensions, before.extensions)) patch.extensions = extensions;
  const outcomes = outcomesOf(form);
  const beforeOutcomes = Object.fromEntries(CALL_OUTCOMES.map((o) => [o, before.outcomes[o] ?? null]));
  if (!sameMap(outcomes, beforeOutcomes)) patch.outcomes = outcomes;
  if (form.is_active !== before.is_active) patch.is_active = form.is_active;
  if (form.unlinked_project_id !== (before.unlinked_project_id ?? null)) patch.unlinked_project_id = form.unlinked_project_id;
  return patch;
}

/**
 * Where a server issue goes: "secrets.api_salt" under its field, "extensions.101" under the row
 * of extension 101 (its user when the issue is about the user), "outcomes.busy" under its status.
 */
export function integrationFieldOf(form: IntegrationForm) {
  return (field: string): Path<IntegrationForm> | null => {
    if (field === 'name' || field === 'kind' || field === 'api_url' || field === 'is_active' || field === 'unlinked_project_id') return field;
    if (field === 'secrets') return KIND_SECRETS[form.kind].needed[0] ?? null;
    const secret = /^secrets\.(secret|api_key|api_salt)$/.exec(field);
    if (secret) return secret[1] as SecretField;
    const outcome = /^outcomes\.(answered|no_answer|busy|failed)$/.exec(field);
    if (outcome) return `outcomes.${outcome[1] as CallOutcome}`;
    const extension = /^extensions\.(.+)$/s.exec(field);
    if (extension) {
      const index = form.extensions.findIndex((row) => row.extension === extension[1]);
      return index === -1 ? null : `extensions.${index}.user_id`;
    }
    return null;
  };
}
