import { AddModeratorOutlined as AddModeratorIcon, PersonAddAlt1Outlined as PersonAddIcon } from '@mui/icons-material';
import { Button, Paper, Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/ui/PageHeader';
import { useCan } from '@/features/auth';
import { useCrudDialogs } from '@/hooks/use-crud-dialogs';
import type { Role, User } from '@/lib/api-types';
import { RolesTab } from './RolesTab';
import { UsersTab } from './UsersTab';

type TabKey = 'users' | 'roles';

/** "Пользователи": the accounts, and (roles.read) the roles they are given (?tab=roles). */
export function UsersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canManageUsers = can('users.manage');
  const canReadRoles = can('roles.read');
  const canManageRoles = can('roles.manage');
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: TabKey = canReadRoles && searchParams.get('tab') === 'roles' ? 'roles' : 'users';
  const userDialogs = useCrudDialogs<User>();
  const roleDialogs = useCrudDialogs<Role>();

  const action =
    tab === 'users' ? (
      canManageUsers ? (
        <Button variant="contained" startIcon={<PersonAddIcon />} onClick={userDialogs.openNew}>
          {t('users.add')}
        </Button>
      ) : null
    ) : canManageRoles ? (
      <Button variant="contained" startIcon={<AddModeratorIcon />} onClick={roleDialogs.openNew}>
        {t('roleEditor.add')}
      </Button>
    ) : null;

  return (
    <>
      <PageHeader title={t('users.title')} actions={action} />
      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        {canReadRoles ? (
          <Tabs
            value={tab}
            onChange={(_e, key: TabKey) => setSearchParams(key === 'users' ? {} : { tab: key }, { replace: true })}
            sx={{ borderBottom: 1, borderColor: 'divider', px: 2 }}
          >
            <Tab value="users" label={t('roleEditor.tabs.users')} />
            <Tab value="roles" label={t('roleEditor.tabs.roles')} />
          </Tabs>
        ) : null}
        {tab === 'users' ? <UsersTab canManage={canManageUsers} dialogs={userDialogs} /> : <RolesTab canManage={canManageRoles} dialogs={roleDialogs} />}
      </Paper>
    </>
  );
}
