// The actions and object types the server writes to the log (server/src: audit::record calls),
// named in the user's language; a code this UI does not know yet is shown as the server wrote it.

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'purge_requested',
  'purge',
  'add_member',
  'remove_member',
  'bulk_update',
  'import',
  'export',
  'download',
  'distribution_run',
  'recalculate',
  'cancel',
  'load',
  'rederive_regions',
  'login',
  'login_failed',
  'login_blocked',
  'logout',
  'token_refresh',
  'refresh_token_reuse',
] as const;

export const AUDIT_ENTITY_TYPES = [
  'project',
  'phone_number',
  'user',
  'provider',
  'geo',
  'number_status',
  'import',
  'export',
  'job',
  'distribution_run',
  'distribution_job',
  'project_conversion',
  'conversion_recalculate_job',
  'numbering_plan',
  'audit_log',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

function isOneOf<T extends string>(list: readonly T[], code: string): code is T {
  return (list as readonly string[]).includes(code);
}

/** Names of actions and object types: "update" → "Изменение", "project" → "Проект". */
export function useAuditNames() {
  const { t } = useTranslation();
  const action = useCallback((code: string) => (isOneOf(AUDIT_ACTIONS, code) ? t(`audit.actions.${code}`) : code), [t]);
  const entityType = useCallback(
    (code: string) => (isOneOf(AUDIT_ENTITY_TYPES, code) ? t(`audit.entityTypes.${code}`) : code),
    [t],
  );
  return { action, entityType };
}
