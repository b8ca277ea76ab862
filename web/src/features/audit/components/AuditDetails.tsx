import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRecord } from '@/lib/api-types';
import { ChangesView } from './ChangesView';

export interface AuditDetailsProps {
  record: AuditRecord;
  /** Who a system job acted for, named ("admin" or "#7"); null when it acted for nobody. */
  onBehalfOf: string | null;
}

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, mb: 1, wordBreak: 'break-word' }}>
        {children === null || children === undefined || children === '' ? '—' : children}
      </Typography>
    </>
  );
}

/** An expanded record: its changes field by field, and where the request came from. */
export function AuditDetails({ record, onBehalfOf }: AuditDetailsProps) {
  const { t } = useTranslation();
  return (
    <Box
      data-testid={`audit-details-${record.id}`}
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 3fr) minmax(0, 1fr)' }, gap: 3, py: 1.5, px: 1 }}
    >
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
          {t('audit.details.changes')}
        </Typography>
        <ChangesView changes={record.changes} />
      </Box>
      <Box component="dl" sx={{ m: 0 }}>
        <Meta label={t('audit.details.recordId')}>{record.id}</Meta>
        {onBehalfOf !== null ? <Meta label={t('audit.details.onBehalfOf')}>{onBehalfOf}</Meta> : null}
        <Meta label={t('audit.details.ip')}>{record.ip_address}</Meta>
        <Meta label={t('audit.details.userAgent')}>{record.user_agent}</Meta>
        <Meta label={t('audit.details.requestId')}>
          {record.request_id === null ? null : (
            <Box component="span" sx={{ fontFamily: 'monospace', fontSize: 13 }}>
              {record.request_id}
            </Box>
          )}
        </Meta>
      </Box>
    </Box>
  );
}
