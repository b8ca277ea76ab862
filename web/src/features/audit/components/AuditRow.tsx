import { KeyboardArrowDown as KeyboardArrowDownIcon, KeyboardArrowUp as KeyboardArrowUpIcon } from '@mui/icons-material';
import { Box, Collapse, IconButton, TableCell, TableRow } from '@mui/material';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import type { AuditRecord } from '@/lib/api-types';
import { formatDateTimeSeconds } from '@/lib/format';
import { actorLabel } from './actor-label';
import { useAuditNames } from './audit-codes';
import { AuditDetails } from './AuditDetails';
import { ChangesSummary } from './ChangesSummary';

export const AUDIT_COLUMNS = 6;

export interface AuditRowProps {
  record: AuditRecord;
  names: ReadonlyMap<number, string>;
}

/** One record, and under it its details once opened (by the arrow or a click on the row). */
export const AuditRow = memo(function AuditRow({ record, names }: AuditRowProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const nameOf = useAuditNames();
  const [open, setOpen] = useState(false);
  const toggle = () => setOpen((o) => !o);
  const detailsId = `audit-details-region-${record.id}`;
  const onBehalfOf = record.on_behalf_of === null ? null : (names.get(record.on_behalf_of) ?? `#${record.on_behalf_of}`);

  return (
    <>
      <TableRow
        hover
        data-testid={`audit-row-${record.id}`}
        onClick={toggle}
        sx={{ cursor: 'pointer', '& > td': { borderBottom: open ? 'none' : undefined } }}
      >
        <TableCell padding="checkbox">
          <IconButton
            size="small"
            aria-label={open ? t('audit.collapse') : t('audit.expand')}
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={(event) => {
              event.stopPropagation();
              toggle();
            }}
          >
            {open ? <KeyboardArrowUpIcon fontSize="small" /> : <KeyboardArrowDownIcon fontSize="small" />}
          </IconButton>
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          {formatDateTimeSeconds(record.timestamp, language)}
        </TableCell>
        <TableCell sx={{ color: record.actor_type === 'user' ? undefined : 'text.secondary' }}>{actorLabel(record, names, t)}</TableCell>
        <TableCell title={record.action}>{nameOf.action(record.action)}</TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          <span title={record.entity_type}>{nameOf.entityType(record.entity_type)}</span>
          {record.entity_id !== null ? (
            <>
              {' '}
              <Box component="span" sx={{ color: 'text.secondary' }}>{`#${record.entity_id}`}</Box>
            </>
          ) : null}
        </TableCell>
        <TableCell sx={{ maxWidth: 480 }}>
          <ChangesSummary changes={record.changes} />
        </TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={AUDIT_COLUMNS} sx={{ py: 0, ...(open ? {} : { borderBottom: 'none' }) }} id={detailsId}>
          <Collapse in={open} timeout="auto" unmountOnExit>
            <AuditDetails record={record} onBehalfOf={onBehalfOf} />
          </Collapse>
        </TableCell>
      </TableRow>
    </>
  );
});
