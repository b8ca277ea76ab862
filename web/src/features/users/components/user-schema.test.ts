import { describe, expect, it } from 'vitest';
import { userCreateInput, userSchema, userUpdateInput, type UserForm } from './user-schema';

const base: UserForm = { isNew: true, username: 'manager2', email: '', password: 'long-enough', role: 'manager', active: true };

function issues(form: UserForm) {
  const r = userSchema.safeParse(form);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('user form', () => {
  it('needs a proper username and password for a new user', () => {
    expect(issues(base)).toEqual({});
    expect(issues({ ...base, username: 'ab', password: 'short' })).toEqual({ username: 'users.usernameRule', password: 'users.passwordRule' });
    expect(issues({ ...base, email: 'not-an-email' })).toEqual({ email: 'validation.email' });
  });

  it('lets an existing user keep the password (empty) but checks a new one', () => {
    expect(issues({ ...base, isNew: false, username: '', password: '' })).toEqual({});
    expect(issues({ ...base, isNew: false, password: 'short' })).toEqual({ password: 'users.passwordRule' });
  });

  it('creates with null for no email', () => {
    expect(userCreateInput(base)).toEqual({ username: 'manager2', email: null, password: 'long-enough', role: 'manager', status: 'active' });
  });

  it('changes only what changed', () => {
    const before = { email: 'a@b.c', role: 'manager', status: 'active' };
    expect(userUpdateInput({ ...base, isNew: false, email: 'a@b.c', password: '' }, before)).toEqual({});
    expect(userUpdateInput({ ...base, isNew: false, email: '', role: 'administrator', password: '', active: false }, before)).toEqual({
      email: null,
      role: 'administrator',
      status: 'inactive',
    });
  });
});
