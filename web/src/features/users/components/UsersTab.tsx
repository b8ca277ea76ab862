import { Search as SearchIcon } from '@mui/icons-material';
import { Box, InputAdornment, LinearProgress, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { TablePager } from '@/components/ui/TablePager';
import { useNotify } from '@/components/ui/notifications';
import { useCurrentUserId } from '@/features/auth';
import type { useCrudDialogs } from '@/hooks/use-crud-dialogs';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import type { User, UserStatus } from '@/lib/api-types';
import { useUsers } from '../api/get-users';
import { useDeactivateUser } from '../api/user-mutations';
import { UserDialog } from './UserDialog';
import { UsersTable } from './UsersTable';

const PAGE_SIZE = 50;

export interface UsersTabProps {
  /** users.manage: create, change role or password, deactivate. */
  canManage: boolean;
  /** The page's (its header has "Добавить пользователя"). */
  dialogs: ReturnType<typeof useCrudDialogs<User>>;
}

/** Accounts: search, status filter, create, change role or password, deactivate. */
export function UsersTab({ canManage, dialogs }: UsersTabProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const currentUserId = useCurrentUserId();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<UserStatus | ''>('');
  const [page, setPage] = useState(0);
  const debounced = useDebouncedValue(search.trim(), 300);
  const users = useUsers({ search: debounced || undefined, status: status || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const deactivate = useDeactivateUser();
  const total = users.data?.pagination.total ?? 0;

  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, p: 2, flexWrap: 'wrap' }}>
        <TextField
          label={t('users.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(0);
          }}
          sx={{ width: 300 }}
          InputProps={{ startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> }}
          inputProps={{ type: 'search' }}
        />
        <TextField
          select
          label={t('users.status')}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as UserStatus | '');
            setPage(0);
          }}
          sx={{ width: 180 }}
          SelectProps={{ displayEmpty: true }}
          InputLabelProps={{ shrink: true }}
        >
          <MenuItem value="">{t('common.all')}</MenuItem>
          <MenuItem value="active">{t('users.statusActive')}</MenuItem>
          <MenuItem value="inactive">{t('users.statusInactive')}</MenuItem>
        </TextField>
      </Box>
      <Box sx={{ height: 4 }}>{users.isFetching ? <LinearProgress /> : null}</Box>
      {users.isError ? (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
        </Box>
      ) : (
        <UsersTable
          rows={users.data?.data ?? []}
          emptyText={users.isPending ? t('common.loading') : t('users.empty')}
          currentUserId={currentUserId}
          canManage={canManage}
          onEdit={dialogs.openEdit}
          onDeactivate={dialogs.openDelete}
        />
      )}
      <TablePager total={total} page={page} pageSize={PAGE_SIZE} onPageChange={setPage} />
      <UserDialog
        open={dialogs.editing !== null}
        user={dialogs.editTarget}
        isSelf={dialogs.editTarget?.id === currentUserId}
        onClose={dialogs.closeEdit}
        onSaved={(u) => {
          dialogs.closeEdit();
          notify(t('users.saved', { name: u.username }));
        }}
      />
      <ConfirmDialog
        open={dialogs.deleting !== null}
        title={t('users.deactivateTitle')}
        text={t('users.deactivateText', { name: dialogs.deleting?.username ?? '' })}
        confirmLabel={t('users.deactivate')}
        danger
        busy={deactivate.isPending}
        error={deactivate.error}
        onClose={() => {
          deactivate.reset();
          dialogs.closeDelete();
        }}
        onConfirm={() => {
          const target = dialogs.deleting;
          if (!target) return;
          deactivate.mutate(target.id, {
            onSuccess: () => {
              dialogs.closeDelete();
              notify(t('users.deactivated', { name: target.username }));
            },
          });
        }}
      />
    </>
  );
}
