import { FilterAltOffOutlined as FilterAltOffOutlinedIcon } from '@mui/icons-material';
import { Box, IconButton, Tooltip } from '@mui/material';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, useAuditNames } from './audit-codes';
import { hasAuditFilters, type AuditFilterField, type AuditFilterState } from './audit-params';
import { CodeFilter } from './CodeFilter';
import { DayFilter } from './DayFilter';
import { TextFilter } from './TextFilter';
import { UserFilter } from './UserFilter';

export interface AuditFiltersProps {
  value: AuditFilterState;
  onChange: (change: Partial<AuditFilterState>) => void;
  onReset: () => void;
  /** The server's words about refused filters (422), by field. */
  issues: Partial<Record<AuditFilterField, string>>;
  names: ReadonlyMap<number, string>;
}

/** Who, what, which object, when. Memoized: loading more rows re-renders the page. */
export const AuditFilters = memo(function AuditFilters({ value, onChange, onReset, issues, names }: AuditFiltersProps) {
  const { t } = useTranslation();
  const nameOf = useAuditNames();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.25, alignItems: 'flex-start', p: 2 }}>
      <UserFilter value={value.user_id} onChange={(user_id) => onChange({ user_id })} names={names} error={issues.user_id} />
      <CodeFilter
        value={value.action}
        onChange={(action) => onChange({ action })}
        codes={AUDIT_ACTIONS}
        nameOf={nameOf.action}
        label={t('audit.filters.action')}
        placeholder={t('audit.filters.actionPlaceholder')}
        error={issues.action}
      />
      <CodeFilter
        value={value.entity_type}
        onChange={(entity_type) => onChange({ entity_type })}
        codes={AUDIT_ENTITY_TYPES}
        nameOf={nameOf.entityType}
        label={t('audit.filters.entityType')}
        placeholder={t('audit.filters.entityTypePlaceholder')}
        error={issues.entity_type}
      />
      <TextFilter
        value={value.entity_id}
        onChange={(entity_id) => onChange({ entity_id })}
        label={t('audit.filters.entityId')}
        placeholder={t('audit.filters.entityIdPlaceholder')}
        error={issues.entity_id}
      />
      <DayFilter
        value={value.date_from}
        onChange={(date_from) => onChange({ date_from })}
        label={t('audit.filters.from')}
        maxDay={value.date_to}
        error={issues.date_from}
      />
      <DayFilter
        value={value.date_to}
        onChange={(date_to) => onChange({ date_to })}
        label={t('audit.filters.to')}
        minDay={value.date_from}
        error={issues.date_to}
      />
      {hasAuditFilters(value) ? (
        <Tooltip title={t('audit.filters.reset')}>
          <IconButton onClick={onReset} aria-label={t('audit.filters.reset')} sx={{ mt: 0.25 }}>
            <FilterAltOffOutlinedIcon />
          </IconButton>
        </Tooltip>
      ) : null}
    </Box>
  );
});
