import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useNotify } from '@/components/ui/notifications';
import type { useCrudDialogs } from '@/hooks/use-crud-dialogs';
import type { Role } from '@/lib/api-types';
import { useRoles } from '../api/get-roles';
import { useDeleteRole } from '../api/role-mutations';
import { RoleDialog } from './RoleDialog';
import { useRoleLabel } from './role-label';
import { RolesTable } from './RolesTable';

export interface RolesTabProps {
  /** roles.manage: create, edit, delete. */
  canManage: boolean;
  /** The page's (its header has "Добавить роль"). */
  dialogs: ReturnType<typeof useCrudDialogs<Role>>;
}

/** "Роли": the permission sets users are given; administrators make and change them. */
export function RolesTab({ canManage, dialogs }: RolesTabProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const roleLabel = useRoleLabel();
  const roles = useRoles();
  const remove = useDeleteRole();
  const deleting = dialogs.deleting;

  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 2, pb: 1 }}>
        {t('roleEditor.intro')}
      </Typography>
      <Box sx={{ height: 4 }}>{roles.isFetching ? <LinearProgress /> : null}</Box>
      {roles.isError ? (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={roles.error} onRetry={() => void roles.refetch()} />
        </Box>
      ) : (
        <RolesTable
          rows={roles.data ?? []}
          emptyText={roles.isPending ? t('common.loading') : t('roleEditor.empty')}
          canManage={canManage}
          onEdit={dialogs.openEdit}
          onDelete={dialogs.openDelete}
        />
      )}
      <RoleDialog
        open={dialogs.editing !== null}
        role={dialogs.editTarget}
        onClose={dialogs.closeEdit}
        onSaved={(role) => {
          dialogs.closeEdit();
          notify(t('roleEditor.saved', { name: roleLabel(role.name) }));
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={t('roleEditor.deleteTitle')}
        text={
          <>
            <Typography>{t('roleEditor.deleteText', { name: deleting ? roleLabel(deleting.name) : '' })}</Typography>
            {deleting?.users ? (
              <Typography variant="body2" color="warning.dark">
                {t('roleEditor.deleteHeld', { count: deleting.users })}
              </Typography>
            ) : null}
          </>
        }
        confirmLabel={t('common.delete')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onClose={() => {
          remove.reset();
          dialogs.closeDelete();
        }}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              dialogs.closeDelete();
              notify(t('roleEditor.deleted', { name: roleLabel(deleting.name) }));
            },
          });
        }}
      />
    </>
  );
}
