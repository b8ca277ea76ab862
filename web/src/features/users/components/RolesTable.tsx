import { LockOutlined as LockOutlinedIcon } from '@mui/icons-material';
import { Box, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { RowActions } from '@/components/ui/RowActions';
import { useLanguage } from '@/hooks/use-language';
import type { Role } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import { isAdministratorRole, useRoleDescription, useRoleLabel } from './role-label';

export interface RolesTableProps {
  rows: readonly Role[];
  emptyText: string;
  canManage: boolean;
  onEdit: (role: Role) => void;
  onDelete: (role: Role) => void;
}

/** The roles: name, description, how many permissions, how many users hold each. */
export function RolesTable({ rows, emptyText, canManage, onEdit, onDelete }: RolesTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const roleLabel = useRoleLabel();
  const roleDescription = useRoleDescription();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('roleEditor.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('roleEditor.name')}</TableCell>
            <TableCell>{t('roleEditor.description')}</TableCell>
            <TableCell>{t('roleEditor.permissions')}</TableCell>
            <TableCell align="right">{t('roleEditor.users')}</TableCell>
            <TableCell align="right" sx={{ width: 100 }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={5} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                {emptyText}
              </TableCell>
            </TableRow>
          ) : null}
          {rows.map((role) => {
            const administrator = isAdministratorRole(role);
            const label = roleLabel(role.name);
            const description = roleDescription(role);
            return (
              <TableRow key={role.id} hover data-testid={`role-row-${role.id}`}>
                <TableCell sx={{ fontWeight: 600 }}>
                  {label}
                  {role.built_in ? (
                    <Chip label={t('roleEditor.builtIn')} size="small" variant="outlined" sx={{ ml: 1, height: 18, fontSize: 11, fontWeight: 400 }} />
                  ) : null}
                </TableCell>
                <TableCell sx={{ color: description ? 'text.primary' : 'text.disabled' }}>{description || t('common.none')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {role.permissions.includes('all') ? (
                    <Chip size="small" color="primary" variant="outlined" label={t('roleEditor.allPermissions')} />
                  ) : role.permissions.length === 0 ? (
                    <Typography component="span" variant="body2" color="text.disabled">
                      {t('roleEditor.noPermissions')}
                    </Typography>
                  ) : (
                    t('roleEditor.permissionCount', { count: role.permissions.length })
                  )}
                </TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {role.users === undefined ? t('common.none') : formatNumber(role.users, language)}
                </TableCell>
                <TableCell align="right">
                  {canManage && administrator ? (
                    <Box sx={{ display: 'flex', justifyContent: 'flex-end', pr: 0.75 }}>
                      <Tooltip title={t('roleEditor.administratorLocked')}>
                        <LockOutlinedIcon fontSize="small" color="disabled" aria-label={t('roleEditor.administratorLocked')} data-testid="role-locked" />
                      </Tooltip>
                    </Box>
                  ) : canManage ? (
                    <RowActions name={label} onEdit={() => onEdit(role)} onDelete={role.built_in ? undefined : () => onDelete(role)} />
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
