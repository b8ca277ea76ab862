import { History as HistoryIcon } from '@mui/icons-material';
import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '@/config/paths';
import { useCan } from '@/features/auth';

export interface HistoryLinkProps {
  /** The audit log's entity type: "project", "phone_number", … */
  entityType: string;
  entityId: number;
}

/** «История изменений»: the audit log filtered to this object, for those who may read the log. */
export function HistoryLink({ entityType, entityId }: HistoryLinkProps) {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('audit.read')) return null;
  return (
    <Button
      component={RouterLink}
      to={paths.audit.href({ type: entityType, id: entityId })}
      size="small"
      startIcon={<HistoryIcon fontSize="small" />}
      sx={{ alignSelf: 'flex-start' }}
    >
      {t('audit.history')}
    </Button>
  );
}
