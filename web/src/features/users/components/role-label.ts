import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/lib/api-types';

/**
 * The built-in roles' names. They keep them (the server refuses a rename) and names are unique
 * ignoring case, so these names are always the built-in roles.
 */
export const BUILT_IN_ROLES = ['administrator', 'manager'] as const;
type BuiltInRole = (typeof BUILT_IN_ROLES)[number];

export function isBuiltInRoleName(name: string): name is BuiltInRole {
  return (BUILT_IN_ROLES as readonly string[]).includes(name);
}

/** Whether the role is the built-in administrator's: every permission, its name, not editable. */
export function isAdministratorRole(role: Pick<Role, 'name' | 'built_in'>): boolean {
  return role.built_in && role.name === 'administrator';
}

/**
 * A role's name as people read it: the built-in roles in the chosen language ("Менеджер"),
 * the roles administrators made as they named them ("старший менеджер").
 */
export function useRoleLabel(): (role: string) => string {
  const { t } = useTranslation();
  return useCallback((role: string) => (isBuiltInRoleName(role) ? t(`roles.${role}`) : role), [t]);
}

/** The descriptions the built-in roles came with (migrations/0001), translated while unchanged. */
const BUILT_IN_DESCRIPTIONS: Readonly<Record<BuiltInRole, string>> = {
  administrator: 'Full access',
  manager: 'Works the numbers of the projects they are a member of',
};

/** A role's description; a built-in role's original one in the chosen language. */
export function useRoleDescription(): (role: Pick<Role, 'name' | 'built_in' | 'description'>) => string {
  const { t } = useTranslation();
  return useCallback(
    (role) =>
      role.built_in && isBuiltInRoleName(role.name) && role.description === BUILT_IN_DESCRIPTIONS[role.name]
        ? t(`roleEditor.builtInDescriptions.${role.name}`)
        : role.description,
    [t],
  );
}
