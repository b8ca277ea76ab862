import { zodResolver } from '@hookform/resolvers/zod';
import { FormControlLabel, MenuItem, Switch, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/FormDialog';
import type { User } from '@/lib/api-types';
import { applyServerFieldErrors, formLevelError, useFieldMessage } from '@/lib/form-errors';
import { useRoles } from '../api/get-roles';
import { useCreateUser, useUpdateUser } from '../api/user-mutations';
import { useRoleLabel } from './role-label';
import { USER_FIELDS, userCreateInput, userSchema, userUpdateInput, type UserForm } from './user-schema';

export interface UserDialogProps {
  open: boolean;
  /** null creates a new user. */
  user: User | null;
  /** One's own role and status cannot be changed (the server refuses). */
  isSelf: boolean;
  onClose: () => void;
  onSaved: (user: User) => void;
}

function defaults(u: User | null): UserForm {
  return {
    isNew: u === null,
    username: u?.username ?? '',
    email: u?.email ?? '',
    password: '',
    role: u?.role ?? 'manager',
    active: (u?.status ?? 'active') === 'active',
  };
}

export function UserDialog({ open, user, isSelf, onClose, onSaved }: UserDialogProps) {
  const { t } = useTranslation();
  const message = useFieldMessage();
  const roleLabel = useRoleLabel();
  const roles = useRoles();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const [rest, setRest] = useState<string[]>([]);
  const { register, control, handleSubmit, reset, setError, formState: { errors } } = useForm<UserForm>({
    resolver: zodResolver(userSchema),
    defaultValues: defaults(user),
  });

  useEffect(() => {
    if (open) {
      reset(defaults(user));
      setRest([]);
      create.reset();
      update.reset();
    }
    // Only opening the dialog starts the form again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, user]);

  const onError = (error: unknown) => setRest(applyServerFieldErrors(error, setError, USER_FIELDS));
  const submit = handleSubmit((form) => {
    setRest([]);
    if (user) update.mutate({ id: user.id, patch: userUpdateInput(form, user) }, { onSuccess: onSaved, onError });
    else create.mutate(userCreateInput(form), { onSuccess: onSaved, onError });
  });

  return (
    <FormDialog
      open={open}
      title={user ? t('users.editTitle', { name: user.username }) : t('users.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={user ? t('common.save') : t('common.create')}
      busy={mutation.isPending}
      error={formLevelError(mutation.error)}
      messages={rest}
      maxWidth="xs"
    >
      <TextField
        {...register('username')}
        label={t('users.username')}
        disabled={user !== null}
        error={!!errors.username}
        helperText={message(errors.username)}
        autoComplete="off"
        autoFocus={user === null}
      />
      <TextField {...register('email')} type="email" label={t('users.email')} error={!!errors.email} helperText={message(errors.email)} autoComplete="off" />
      <TextField
        {...register('password')}
        type="password"
        label={user ? t('users.newPassword') : t('users.password')}
        error={!!errors.password}
        helperText={message(errors.password) ?? (user ? t('users.newPasswordHint') : t('users.passwordHint'))}
        autoComplete="new-password"
      />
      <Controller
        control={control}
        name="role"
        render={({ field }) => (
          <TextField
            select
            label={t('users.role')}
            value={roles.data ? field.value : ''}
            onChange={field.onChange}
            disabled={isSelf}
            error={!!errors.role}
            helperText={message(errors.role) ?? (isSelf ? t('users.ownRoleHint') : undefined)}
          >
            {(roles.data ?? []).map((r) => (
              <MenuItem key={r.id} value={r.name}>
                {roleLabel(r.name)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <Controller
        control={control}
        name="active"
        render={({ field }) => (
          <FormControlLabel
            control={<Switch checked={field.value} onChange={(_e, v) => field.onChange(v)} disabled={isSelf} />}
            label={t('users.activeLabel')}
          />
        )}
      />
    </FormDialog>
  );
}
