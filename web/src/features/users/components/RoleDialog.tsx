import { zodResolver } from '@hookform/resolvers/zod';
import { Box, FormHelperText, Skeleton, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { FormDialog } from '@/components/ui/FormDialog';
import type { Role } from '@/lib/api-types';
import { applyServerFieldErrors, formLevelError, useFieldMessage } from '@/lib/form-errors';
import { usePermissions } from '../api/get-permissions';
import { useCreateRole, useUpdateRole } from '../api/role-mutations';
import { PermissionPicker } from './PermissionPicker';
import { useRoleLabel } from './role-label';
import { ROLE_FIELDS, roleCreateInput, roleDefaults, roleSchema, roleUpdateInput, type RoleForm } from './role-schema';

export interface RoleDialogProps {
  open: boolean;
  /** null creates a new role. The built-in administrator's is never edited here. */
  role: Role | null;
  onClose: () => void;
  onSaved: (role: Role) => void;
}

/** A role's name, description and permissions ticked by group. */
export function RoleDialog({ open, role, onClose, onSaved }: RoleDialogProps) {
  const { t } = useTranslation();
  const message = useFieldMessage();
  const roleLabel = useRoleLabel();
  const catalog = usePermissions({ enabled: open });
  const create = useCreateRole();
  const update = useUpdateRole();
  const mutation = role ? update : create;
  const [rest, setRest] = useState<string[]>([]);
  const { register, control, handleSubmit, reset, setError, formState: { errors } } = useForm<RoleForm>({
    resolver: zodResolver(roleSchema),
    defaultValues: roleDefaults(role),
  });

  useEffect(() => {
    if (open) {
      reset(roleDefaults(role));
      setRest([]);
      create.reset();
      update.reset();
    }
    // Only opening the dialog starts the form again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, role]);

  const codes = (catalog.data ?? []).map((p) => p.code);
  const onError = (error: unknown) => setRest(applyServerFieldErrors(error, setError, ROLE_FIELDS));
  const submit = handleSubmit((form) => {
    setRest([]);
    if (role) update.mutate({ id: role.id, patch: roleUpdateInput(form, role, codes) }, { onSuccess: onSaved, onError });
    else create.mutate(roleCreateInput(form, codes), { onSuccess: onSaved, onError });
  });

  return (
    <FormDialog
      open={open}
      title={role ? t('roleEditor.editTitle', { name: roleLabel(role.name) }) : t('roleEditor.createTitle')}
      onClose={onClose}
      onSubmit={(event) => {
        // Without the catalog nothing would be sent as permissions.
        if (!catalog.data) {
          event.preventDefault();
          return;
        }
        void submit(event);
      }}
      submitLabel={role ? t('common.save') : t('common.create')}
      busy={mutation.isPending}
      error={formLevelError(mutation.error)}
      messages={rest}
      maxWidth="md"
    >
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 2fr) minmax(0, 3fr)' }, alignItems: 'start', pt: 0.5 }}>
        <TextField
          {...register('name')}
          label={t('roleEditor.name')}
          disabled={role?.built_in ?? false}
          error={!!errors.name}
          helperText={message(errors.name) ?? (role?.built_in ? t('roleEditor.builtInNameHint') : t('roleEditor.nameHint'))}
          inputProps={{ maxLength: 60 }}
          autoComplete="off"
          autoFocus={role === null}
        />
        <TextField
          {...register('description')}
          label={t('roleEditor.description')}
          error={!!errors.description}
          helperText={message(errors.description)}
          multiline
          maxRows={3}
          autoComplete="off"
        />
      </Box>
      <Box>
        <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
          {t('roleEditor.permissions')}
        </Typography>
        {catalog.isError ? <ErrorAlert error={catalog.error} onRetry={() => void catalog.refetch()} /> : null}
        {catalog.data ? (
          <Controller
            control={control}
            name="permissions"
            render={({ field }) => <PermissionPicker catalog={catalog.data} value={field.value} onChange={field.onChange} disabled={mutation.isPending} />}
          />
        ) : catalog.isPending ? (
          <Box sx={{ display: 'grid', gap: 1 }} aria-busy="true">
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} variant="rounded" height={72} />
            ))}
          </Box>
        ) : null}
        {errors.permissions ? <FormHelperText error>{message(errors.permissions)}</FormHelperText> : null}
      </Box>
    </FormDialog>
  );
}
