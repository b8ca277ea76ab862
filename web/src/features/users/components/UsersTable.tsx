import { PersonOffOutlined as PersonOffOutlinedIcon } from '@mui/icons-material';
import { Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { RowActions } from '@/components/ui/RowActions';
import { useLanguage } from '@/hooks/use-language';
import type { User } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { useRoleLabel } from './role-label';

export interface UsersTableProps {
  rows: readonly User[];
  emptyText: string;
  currentUserId: number | null;
  canManage: boolean;
  onEdit: (user: User) => void;
  onDeactivate: (user: User) => void;
}

export function UsersTable({ rows, emptyText, currentUserId, canManage, onEdit, onDeactivate }: UsersTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const roleLabel = useRoleLabel();
  const none = <Typography component="span" color="text.disabled">{t('common.none')}</Typography>;
  return (
    <TableContainer>
      {/* Tighter cells: eight columns fit a 1366-pixel screen with the menu. */}
      <Table size="small" aria-label={t('users.title')} sx={{ '& .MuiTableCell-root': { px: 1.5 } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 48 }}>ID</TableCell>
            <TableCell>{t('users.username')}</TableCell>
            <TableCell>{t('users.email')}</TableCell>
            <TableCell>{t('users.role')}</TableCell>
            <TableCell>{t('users.status')}</TableCell>
            <TableCell>{t('users.lastLogin')}</TableCell>
            <TableCell>{t('users.created')}</TableCell>
            <TableCell align="right" sx={{ width: 80 }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={8} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                {emptyText}
              </TableCell>
            </TableRow>
          ) : null}
          {rows.map((u) => {
            const self = u.id === currentUserId;
            return (
              <TableRow key={u.id} hover data-testid={`user-row-${u.id}`} sx={{ opacity: u.status === 'active' ? 1 : 0.6 }}>
                <TableCell sx={{ color: 'text.secondary' }}>{u.id}</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>
                  {u.username}
                  {self ? <Chip label={t('users.you')} size="small" sx={{ ml: 1, height: 18, fontSize: 11 }} /> : null}
                </TableCell>
                <TableCell sx={{ maxWidth: 240, overflowWrap: 'anywhere' }}>{u.email ?? none}</TableCell>
                <TableCell>{roleLabel(u.role)}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={u.status === 'active' ? 'success' : 'default'}
                    label={u.status === 'active' ? t('users.statusActive') : t('users.statusInactive')}
                  />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{u.last_login_at ? formatDateTime(u.last_login_at, language) : none}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(u.created_at, language)}</TableCell>
                <TableCell align="right">
                  {canManage ? (
                    <RowActions
                      name={u.username}
                      onEdit={() => onEdit(u)}
                      onDelete={!self && u.status === 'active' ? () => onDeactivate(u) : undefined}
                      deleteLabel={t('users.deactivate')}
                      deleteIcon={<PersonOffOutlinedIcon fontSize="small" />}
                    />
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
