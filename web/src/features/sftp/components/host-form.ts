// The SFTP host form: its schema (messages are translation keys, see lib/form-errors.ts) and
// the body it sends. Secrets are write-only: the server only says which are set, so when editing
// an empty field keeps what is stored; a host switched to another sign-in method needs that
// method's secret unless one is stored already.

import type { Path } from 'react-hook-form';
import { z } from 'zod';
import type { Host, HostCreate, HostUpdate } from '../api/types';

export const hostSchema = z
  .object({
    isNew: z.boolean(),
    /** Whether the host has these stored (editing): then an empty field keeps them. */
    hasPassword: z.boolean(),
    hasPrivateKey: z.boolean(),
    name: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
    host: z
      .string()
      .trim()
      .min(1, 'validation.required')
      .max(255, 'validation.tooLong')
      .regex(/^[^\s/@]+$/, 'sftp.hostDialog.hostRule'),
    port: z.string().trim(),
    username: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
    auth_method: z.enum(['password', 'key']),
    password: z.string().max(16_384, 'validation.tooLong'),
    private_key: z.string().max(16_384, 'validation.tooLong'),
    passphrase: z.string().max(16_384, 'validation.tooLong'),
    remote_directory: z.string().trim().min(1, 'validation.required').max(1000, 'sftp.hostDialog.remoteDirectoryRule'),
    is_active: z.boolean(),
  })
  .superRefine((form, ctx) => {
    const port = Number(form.port);
    if (!/^\d{1,5}$/.test(form.port) || port < 1 || port > 65535) {
      ctx.addIssue({ code: 'custom', path: ['port'], message: 'sftp.hostDialog.portRule' });
    }
    if (form.auth_method === 'password' && form.password === '' && !form.hasPassword) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'validation.required' });
    }
    if (form.auth_method === 'key' && form.private_key.trim() === '' && !form.hasPrivateKey) {
      ctx.addIssue({ code: 'custom', path: ['private_key'], message: 'validation.required' });
    }
  });

export type HostForm = z.infer<typeof hostSchema>;

export function hostDefaults(host: Host | null): HostForm {
  return {
    isNew: host === null,
    hasPassword: host?.has_password ?? false,
    hasPrivateKey: host?.has_private_key ?? false,
    name: host?.name ?? '',
    host: host?.host ?? '',
    port: String(host?.port ?? 22),
    username: host?.username ?? '',
    auth_method: host?.auth_method ?? 'password',
    password: '',
    private_key: '',
    passphrase: '',
    remote_directory: host?.remote_directory ?? '/',
    is_active: host?.is_active ?? true,
  };
}

/** A pasted key keeps its lines; only the spaces around it go (libssh wants the final newline). */
function keyText(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? '' : `${trimmed.replace(/\r\n?/g, '\n')}\n`;
}

/** The secrets of the chosen method that were typed (a password login sends no key, and the other way round). */
function secretsOf(form: HostForm): Pick<HostCreate, 'password' | 'private_key' | 'passphrase'> {
  if (form.auth_method === 'password') return form.password !== '' ? { password: form.password } : {};
  const out: Pick<HostCreate, 'private_key' | 'passphrase'> = {};
  const key = keyText(form.private_key);
  if (key !== '') out.private_key = key;
  if (form.passphrase !== '') out.passphrase = form.passphrase;
  return out;
}

export function hostCreateInput(form: HostForm): HostCreate {
  return {
    name: form.name,
    host: form.host,
    port: Number(form.port),
    username: form.username,
    auth_method: form.auth_method,
    ...secretsOf(form),
    remote_directory: form.remote_directory,
    is_active: form.is_active,
  };
}

/** Only what changed; no secret typed keeps the stored ones. */
export function hostUpdateInput(form: HostForm, before: Host): HostUpdate {
  const patch: HostUpdate = {};
  if (form.name !== before.name) patch.name = form.name;
  if (form.host !== before.host) patch.host = form.host;
  if (Number(form.port) !== before.port) patch.port = Number(form.port);
  if (form.username !== before.username) patch.username = form.username;
  if (form.auth_method !== before.auth_method) patch.auth_method = form.auth_method;
  Object.assign(patch, secretsOf(form));
  if (form.remote_directory !== before.remote_directory) patch.remote_directory = form.remote_directory;
  if (form.is_active !== before.is_active) patch.is_active = form.is_active;
  return patch;
}

const FIELDS = ['name', 'host', 'port', 'username', 'auth_method', 'password', 'private_key', 'passphrase', 'remote_directory', 'is_active'] as const;

/** The server's fields are the form's. */
export function hostFieldOf(field: string): Path<HostForm> | null {
  return (FIELDS as readonly string[]).includes(field) ? (field as (typeof FIELDS)[number]) : null;
}
