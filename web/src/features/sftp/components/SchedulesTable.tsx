import { PlayArrowRounded as PlayArrowRoundedIcon } from '@mui/icons-material';
import {
  Box,
  Button,
  Chip,
  CircularProgress,
  Link,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { RowActions } from '@/components/ui/RowActions';
import { paths } from '@/config/paths';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime, formatUtcOffset } from '@/lib/format';
import type { Schedule } from '../api/types';
import { cronText } from './cron-text';
import { formatInZone } from './CronPreview';
import { RunStatusChip } from './RunStatusChip';

export interface SchedulesTableProps {
  rows: readonly Schedule[];
  emptyText: string;
  /** The schedule whose "Запустить сейчас" or switch is being sent. */
  busyId: number | null;
  onRun: (schedule: Schedule) => void;
  onToggle: (schedule: Schedule, enabled: boolean) => void;
  onEdit: (schedule: Schedule) => void;
  onDelete: (schedule: Schedule) => void;
}

const muted = { color: 'text.secondary', fontSize: 13 } as const;

/** The SFTP schedules: what, where, when (in words and the next run), the last run, on or off. */
export function SchedulesTable({ rows, emptyText, busyId, onRun, onToggle, onEdit, onDelete }: SchedulesTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('sftp.tabs.schedules')} sx={{ '& .MuiTableCell-root': { px: 1.5 } }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('sftp.schedules.fields.name')}</TableCell>
            <TableCell>{t('sftp.schedules.fields.host')}</TableCell>
            <TableCell>{t('sftp.schedules.fields.direction')}</TableCell>
            <TableCell>{t('sftp.schedules.fields.cron')}</TableCell>
            <TableCell>{t('sftp.schedules.fields.timezone')}</TableCell>
            <TableCell>{t('sftp.schedules.fields.nextRun')}</TableCell>
            <TableCell>{t('sftp.schedules.fields.lastRun')}</TableCell>
            <TableCell>{t('sftp.schedules.fields.enabled')}</TableCell>
            <TableCell align="right" />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={9} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                {emptyText}
              </TableCell>
            </TableRow>
          ) : null}
          {rows.map((row) => {
            const words = cronText(row.cron, t, language);
            const path = row.import ? row.import.remote_path : row.export ? `${row.export.remote_directory}/${row.export.filename_template}`.replace(/^\.\//, '') : '';
            const busy = busyId === row.id;
            return (
              <TableRow key={row.id} hover data-testid={`schedule-row-${row.id}`} sx={{ opacity: row.is_enabled ? 1 : 0.7 }}>
                <TableCell>
                  <Box sx={{ fontWeight: 600 }}>{row.name}</Box>
                  <Box sx={{ ...muted, fontFamily: 'monospace', maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={path}>
                    {path}
                  </Box>
                </TableCell>
                <TableCell>{row.config_name}</TableCell>
                <TableCell>
                  <Chip size="small" variant="outlined" color={row.direction === 'import' ? 'primary' : 'secondary'} label={t(`sftp.schedules.direction.${row.direction}`)} />
                </TableCell>
                <TableCell>
                  <Box component="code" sx={{ fontFamily: 'monospace', fontSize: 13, whiteSpace: 'nowrap' }} data-testid="schedule-cron">
                    {row.cron}
                  </Box>
                  {words ? <Box sx={muted}>{words}</Box> : null}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {row.timezone}
                  <Box sx={muted}>{formatUtcOffset(row.timezone)}</Box>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="schedule-next-run">
                  {row.is_enabled && row.next_run_at ? (
                    <Tooltip title={formatInZone(row.next_run_at, row.timezone, language)} describeChild>
                      <span>{formatDateTime(row.next_run_at, language)}</span>
                    </Tooltip>
                  ) : (
                    <Typography component="span" variant="body2" color="text.secondary">
                      {t('sftp.schedules.off')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="schedule-last-run">
                  {row.last_run ? (
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                      <RunStatusChip status={row.last_run.status} />
                      <Link
                        component={RouterLink}
                        to={paths.sftp.href({ run: row.last_run.id })}
                        variant="body2"
                        aria-label={t('sftp.schedules.showRun', { id: String(row.last_run.id) })}
                      >
                        {formatDateTime(row.last_run.completed_at ?? row.last_run.created_at, language)}
                      </Link>
                    </Box>
                  ) : (
                    <Typography component="span" variant="body2" color="text.secondary">
                      {t('sftp.schedules.never')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <Switch
                    size="small"
                    checked={row.is_enabled}
                    disabled={busy}
                    onChange={(_e, v) => onToggle(row, v)}
                    inputProps={{ 'aria-label': t('sftp.schedules.enable', { name: row.name }) }}
                  />
                </TableCell>
                <TableCell align="right">
                  <RowActions name={row.name} onEdit={() => onEdit(row)} onDelete={() => onDelete(row)}>
                    <Button
                      size="small"
                      startIcon={busy ? <CircularProgress size={14} color="inherit" /> : <PlayArrowRoundedIcon fontSize="small" />}
                      disabled={busy}
                      onClick={() => onRun(row)}
                      aria-label={t('sftp.schedules.runNowFor', { name: row.name })}
                      sx={{ whiteSpace: 'nowrap', mr: 0.5 }}
                    >
                      {t('sftp.schedules.runNow')}
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
