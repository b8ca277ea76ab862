import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRecord } from '@/lib/api-types';
import { AUDIT_COLUMNS, AuditRow } from './AuditRow';

export interface AuditTableProps {
  records: readonly AuditRecord[];
  names: ReadonlyMap<number, string>;
  /** Shown in place of the rows when there are none (loading, nothing found, fix the filters). */
  emptyText: ReactNode;
}

export function AuditTable({ records, names, emptyText }: AuditTableProps) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('audit.title')}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" />
            <TableCell sx={{ width: 170 }}>{t('audit.columns.time')}</TableCell>
            <TableCell sx={{ width: 220 }}>{t('audit.columns.actor')}</TableCell>
            <TableCell sx={{ width: 240 }}>{t('audit.columns.action')}</TableCell>
            <TableCell sx={{ width: 180 }}>{t('audit.columns.entity')}</TableCell>
            <TableCell>{t('audit.columns.changes')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {records.length === 0 ? (
            <TableRow>
              <TableCell colSpan={AUDIT_COLUMNS} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                {emptyText}
              </TableCell>
            </TableRow>
          ) : null}
          {records.map((record) => (
            <AuditRow key={record.id} record={record} names={names} />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
