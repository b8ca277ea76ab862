import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/api-types';
import { roleCreateInput, roleSchema, roleUpdateInput } from './role-schema';

const catalog = ['projects.read', 'phone_numbers.read', 'phone_numbers.reassign'];
const role: Role = { id: 5, name: 'старший менеджер', description: '', permissions: ['phone_numbers.read'], built_in: false, users: 0 };

describe('role form', () => {
  it('trims the name and counts characters, not bytes', () => {
    expect(roleSchema.parse({ name: '  старший менеджер ', description: '', permissions: [] }).name).toBe('старший менеджер');
    expect(roleSchema.safeParse({ name: 'я'.repeat(50), description: '', permissions: [] }).success).toBe(true);
    expect(roleSchema.safeParse({ name: 'я'.repeat(51), description: '', permissions: [] }).success).toBe(false);
    expect(roleSchema.safeParse({ name: '   ', description: '', permissions: [] }).success).toBe(false);
    expect(roleSchema.safeParse({ name: 'a\tb', description: '', permissions: [] }).success).toBe(false);
  });

  it('sends only known permissions, in the catalog order', () => {
    expect(roleCreateInput({ name: 'x', description: '', permissions: ['phone_numbers.reassign', 'all', 'projects.read'] }, catalog)).toEqual({
      name: 'x',
      description: '',
      permissions: ['projects.read', 'phone_numbers.reassign'],
    });
  });

  it('patches only what changed, never a built-in name', () => {
    expect(roleUpdateInput({ name: 'старший менеджер', description: '', permissions: ['phone_numbers.read'] }, role, catalog)).toEqual({});
    expect(roleUpdateInput({ name: 'ведущий', description: 'Ведёт', permissions: ['phone_numbers.read'] }, role, catalog)).toEqual({
      name: 'ведущий',
      description: 'Ведёт',
    });
    expect(roleUpdateInput({ name: 'other', description: '', permissions: [] }, { ...role, name: 'manager', built_in: true }, catalog)).toEqual({
      permissions: [],
    });
  });
});
