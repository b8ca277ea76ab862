import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A role's name in the chosen language when we know it ("Менеджер"), else as the server names it. */
export function useRoleLabel(): (role: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (role: string) => {
      const key = `roles.${role}`;
      return i18n.exists(key) ? t(key as 'roles.manager') : role;
    },
    [t, i18n],
  );
}
