import { DeleteForeverOutlined as DeleteForeverIcon, RestoreFromTrash as RestoreIcon } from '@mui/icons-material';
import { Box, Button, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import type { DeletedProject } from '@/lib/api-types';
import { formatDateTime, formatNumber } from '@/lib/format';
import { PurgeProgress } from './PurgeProgress';

export interface DeletedProjectsTableProps {
  rows: readonly DeletedProject[];
  emptyText: string;
  canRestore: boolean;
  canPurge: boolean;
  restoringId: number | null;
  onRestore: (project: DeletedProject) => void;
  onPurge: (project: DeletedProject) => void;
}

export function DeletedProjectsTable({ rows, emptyText, canRestore, canPurge, restoringId, onRestore, onPurge }: DeletedProjectsTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const none = <Typography component="span" color="text.disabled">{t('common.none')}</Typography>;
  return (
    <TableContainer>
      <Table size="small" aria-label={t('projects.deleted.title')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 70 }} align="right">ID</TableCell>
            <TableCell>{t('projects.fields.name')}</TableCell>
            <TableCell>{t('projects.deleted.when')}</TableCell>
            <TableCell>{t('projects.deleted.who')}</TableCell>
            <TableCell>{t('projects.deleted.why')}</TableCell>
            <TableCell align="right">{t('projects.deleted.numbers')}</TableCell>
            <TableCell align="right" sx={{ width: 340 }}>{t('common.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={7} sx={{ py: 6, textAlign: 'center', color: 'text.secondary' }}>
                {emptyText}
              </TableCell>
            </TableRow>
          ) : null}
          {rows.map((p) => {
            const purging = p.purge !== null && p.purge.status !== 'failed' && p.purge.status !== 'cancelled';
            return (
              <TableRow key={p.id} hover data-testid={`deleted-row-${p.id}`}>
                <TableCell align="right" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>{p.id}</TableCell>
                <TableCell>
                  <Box sx={{ fontWeight: 500 }}>{p.name}</Box>
                  {p.tag ? <Typography variant="caption" color="text.secondary">{p.tag}</Typography> : null}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(p.deleted_at, language)}</TableCell>
                <TableCell>{p.deleted_by ?? none}</TableCell>
                <TableCell sx={{ maxWidth: 320, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{p.reason || none}</TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>{formatNumber(p.numbers, language)}</TableCell>
                <TableCell align="right">
                  {p.purge && purging ? (
                    <PurgeProgress job={p.purge} compact />
                  ) : (
                    <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end', flexWrap: 'wrap' }}>
                      {p.purge ? <PurgeProgress job={p.purge} compact /> : null}
                      {canRestore && !p.purge ? (
                        <Button
                          size="small"
                          variant="outlined"
                          startIcon={<RestoreIcon />}
                          disabled={restoringId === p.id}
                          onClick={() => onRestore(p)}
                          aria-label={`${t('projects.deleted.restore')}: ${p.name}`}
                        >
                          {t('projects.deleted.restore')}
                        </Button>
                      ) : null}
                      {canPurge ? (
                        <Button
                          size="small"
                          color="error"
                          startIcon={<DeleteForeverIcon />}
                          onClick={() => onPurge(p)}
                          aria-label={`${t('projects.deleted.purge')}: ${p.name}`}
                        >
                          {t('projects.deleted.purge')}
                        </Button>
                      ) : null}
                    </Box>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
