import { NetworkCheck as NetworkCheckIcon } from '@mui/icons-material';
import { Box, Button, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography, type ChipProps } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { RowActions } from '@/components/ui/RowActions';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime } from '@/lib/format';
import { translateServerMessage } from '@/lib/server-messages';
import type { Host } from '../api/types';

export interface HostsTableProps {
  rows: readonly Host[];
  emptyText: string;
  onTest: (host: Host) => void;
  onEdit: (host: Host) => void;
  onDelete: (host: Host) => void;
}

type HostState = 'inactive' | 'keyChanged' | 'keyUnknown' | 'failed' | 'ok' | 'untested';

const STATE_COLORS: Record<HostState, ChipProps['color']> = {
  inactive: 'default',
  keyChanged: 'error',
  keyUnknown: 'warning',
  failed: 'error',
  ok: 'success',
  untested: 'default',
};

/** What the host's row says first: a changed key before anything else, then an unaccepted one, then the last test. */
export function hostState(host: Host): HostState {
  if (host.host_key_changed) return 'keyChanged';
  if (!host.is_active) return 'inactive';
  if (host.host_key_fingerprint === null) return 'keyUnknown';
  if (host.last_test_ok === false) return 'failed';
  if (host.last_test_ok === true) return 'ok';
  return 'untested';
}

function stateHint(host: Host, state: HostState, t: TFunction, language: 'ru' | 'en'): string {
  const parts: string[] = [];
  if (state === 'failed' && host.last_test_error) parts.push(translateServerMessage(host.last_test_error, t));
  if (host.last_test_at) parts.push(t('sftp.hosts.lastTest', { when: formatDateTime(host.last_test_at, language) }));
  return parts.join('. ');
}

/** The SFTP hosts: where, who signs in and how, the pinned key, the last test. */
export function HostsTable({ rows, emptyText, onTest, onEdit, onDelete }: HostsTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('sftp.tabs.hosts')} sx={{ '& .MuiTableCell-root': { px: 1.5 } }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('sftp.hosts.fields.name')}</TableCell>
            <TableCell>{t('sftp.hosts.fields.address')}</TableCell>
            <TableCell>{t('sftp.hosts.fields.user')}</TableCell>
            <TableCell>{t('sftp.hosts.fields.auth')}</TableCell>
            <TableCell>{t('sftp.hosts.fields.directory')}</TableCell>
            <TableCell>{t('sftp.hosts.fields.status')}</TableCell>
            <TableCell>{t('sftp.hosts.fields.fingerprint')}</TableCell>
            <TableCell align="right" />
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
          {rows.map((row) => {
            const state = hostState(row);
            const hint = stateHint(row, state, t, language);
            return (
              <TableRow key={row.id} hover data-testid={`host-row-${row.id}`} sx={{ opacity: row.is_active ? 1 : 0.65 }}>
                <TableCell sx={{ fontWeight: 600 }}>{row.name}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: 13 }}>{`${row.host}:${row.port}`}</TableCell>
                <TableCell>{row.username}</TableCell>
                <TableCell>{t(`sftp.hosts.auth.${row.auth_method}`)}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: 13, maxWidth: 200, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={row.remote_directory}>
                  {row.remote_directory}
                </TableCell>
                <TableCell data-testid="host-state" data-state={state}>
                  <Tooltip title={hint} describeChild>
                    <Chip
                      size="small"
                      color={STATE_COLORS[state]}
                      variant={state === 'keyChanged' || state === 'failed' ? 'filled' : 'outlined'}
                      label={t(`sftp.hosts.status.${state}`)}
                      sx={{ fontWeight: 600 }}
                    />
                  </Tooltip>
                </TableCell>
                <TableCell data-testid="host-key">
                  {row.host_key_fingerprint ? (
                    <Tooltip title={row.host_key_fingerprint} describeChild>
                      <Box
                        component="span"
                        sx={{ fontFamily: 'monospace', fontSize: 12.5, display: 'inline-block', maxWidth: 190, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'bottom' }}
                      >
                        {row.host_key_fingerprint}
                      </Box>
                    </Tooltip>
                  ) : (
                    <Typography component="span" variant="body2" color="text.secondary">
                      {t('sftp.hosts.noKey')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">
                  <RowActions name={row.name} onEdit={() => onEdit(row)} onDelete={() => onDelete(row)}>
                    <Button
                      size="small"
                      startIcon={<NetworkCheckIcon fontSize="small" />}
                      onClick={() => onTest(row)}
                      aria-label={t('sftp.hosts.testFor', { name: row.name })}
                      sx={{ whiteSpace: 'nowrap', mr: 0.5 }}
                    >
                      {t('sftp.hosts.test')}
                    </Button>
                  </RowActions>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
