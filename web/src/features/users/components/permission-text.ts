import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** What a permission lets one do, in plain words ("Забирать номера, закреплённые за коллегами"); its code when unknown. */
export function usePermissionText(): (code: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (code: string) => {
      const key = `roleEditor.permission.${code.replace(/\./g, '_')}`;
      return i18n.exists(key) ? t(key as 'roleEditor.permission.projects_read') : code;
    },
    [t, i18n],
  );
}

/** A group of the catalog by name ("Номера"); the server's word when unknown. */
export function usePermissionGroupText(): (group: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (group: string) => {
      const key = `roleEditor.groups.${group}`;
      return i18n.exists(key) ? t(key as 'roleEditor.groups.projects') : group;
    },
    [t, i18n],
  );
}
