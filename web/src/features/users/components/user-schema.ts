import { z } from 'zod';
import type { UserCreate, UserUpdate } from '@/lib/api-types';

/** One form for both: a new user needs a username and a password; an existing one may get a new password. */
export const userSchema = z
  .object({
    isNew: z.boolean(),
    username: z.string().trim(),
    email: z.union([z.literal(''), z.email('validation.email').max(255, 'validation.tooLong')]),
    password: z.string(),
    role: z.string().min(1, 'validation.required'),
    active: z.boolean(),
  })
  .superRefine((u, ctx) => {
    if (u.isNew && !/^[A-Za-z0-9_.@-]{3,150}$/.test(u.username)) {
      ctx.addIssue({ code: 'custom', path: ['username'], message: 'users.usernameRule' });
    }
    if ((u.isNew || u.password !== '') && (u.password.length < 8 || u.password.length > 256)) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'users.passwordRule' });
    }
  });

export type UserForm = z.infer<typeof userSchema>;
export const USER_FIELDS = ['username', 'email', 'password', 'role'] as const;

export function userCreateInput(form: UserForm): UserCreate {
  return {
    username: form.username,
    email: form.email || null,
    password: form.password,
    role: form.role,
    status: form.active ? 'active' : 'inactive',
  };
}

/** Only what changed; an empty password keeps the old one. */
export function userUpdateInput(form: UserForm, before: { email: string | null; role: string; status: string }): UserUpdate {
  const patch: UserUpdate = {};
  const email = form.email || null;
  if (email !== before.email) patch.email = email;
  if (form.role !== before.role) patch.role = form.role;
  if (form.password) patch.password = form.password;
  const status = form.active ? 'active' : 'inactive';
  if (status !== before.status) patch.status = status;
  return patch;
}
