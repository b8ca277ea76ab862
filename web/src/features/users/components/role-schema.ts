import { z } from 'zod';
import type { PermissionGroup, Role, RoleInput } from '@/lib/api-types';

/** Characters as the server counts them (code points, not UTF-16 units). */
const characters = (s: string) => [...s].length;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/;

/** A role's name is free text ("старший менеджер"): 1 to 50 characters; spaces at the ends are dropped. */
export const roleSchema = z.object({
  name: z
    .string()
    .trim()
    .refine((s) => s.length > 0, 'validation.required')
    .refine((s) => characters(s) <= 50 && !CONTROL.test(s), 'roleEditor.nameRule'),
  description: z.string().refine((s) => characters(s) <= 500, 'roleEditor.descriptionRule'),
  permissions: z.array(z.string()),
});

export type RoleForm = z.infer<typeof roleSchema>;
export const ROLE_FIELDS = ['name', 'description', 'permissions'] as const;

export function roleDefaults(role: Role | null): RoleForm {
  return { name: role?.name ?? '', description: role?.description ?? '', permissions: role ? [...role.permissions] : [] };
}

/** The groups in the order the editor shows them (the catalog's own). */
export const PERMISSION_GROUPS: readonly PermissionGroup[] = [
  'projects',
  'numbers',
  'files',
  'distribution',
  'conversion',
  'dictionaries',
  'administration',
];

/** Only codes the catalog knows are sent (the server refuses others), in the catalog's order. */
function known(permissions: readonly string[], catalog: readonly string[]): string[] {
  const ticked = new Set(permissions);
  return catalog.filter((code) => ticked.has(code));
}

export function roleCreateInput(form: RoleForm, catalog: readonly string[]): Required<RoleInput> {
  return { name: form.name, description: form.description, permissions: known(form.permissions, catalog) };
}

/** Only what changed; a built-in role's name is never sent (it keeps it). */
export function roleUpdateInput(form: RoleForm, before: Role, catalog: readonly string[]): RoleInput {
  const patch: RoleInput = {};
  if (!before.built_in && form.name !== before.name) patch.name = form.name;
  if (form.description !== before.description) patch.description = form.description;
  const permissions = known(form.permissions, catalog);
  const same = permissions.length === before.permissions.length && permissions.every((p) => before.permissions.includes(p));
  if (!same) patch.permissions = permissions;
  return patch;
}
