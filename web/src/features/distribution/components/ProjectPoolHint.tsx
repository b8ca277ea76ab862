import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatNumber } from '@/lib/format';
import { usePoolSummary } from '../api/get-pool-summary';
import { reasonText } from './reason-text';

export interface ProjectPoolHintProps {
  projectId: number;
}

/**
 * "Сейчас в пуле для проекта: 250" in the project form (pool.read), or "0 — сейчас не время
 * получения по расписанию проекта"; from GET /pool/summary, refreshed while the form is open.
 * Says nothing when the summary does not list the project.
 */
export function ProjectPoolHint({ projectId }: ProjectPoolHintProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const summary = usePoolSummary();
  const project = summary.data?.projects.find((p) => p.project_id === projectId);
  if (summary.isError || (summary.data && !project)) return null;
  const value = project
    ? project.reason
      ? t('distribution.hint.withReason', { n: formatNumber(project.can_take, language), reason: reasonText(project.reason, t) })
      : formatNumber(project.can_take, language)
    : '…';
  return (
    <Typography variant="body2" color="text.secondary" data-testid="project-pool-hint">
      {t('distribution.hint.label')}{' '}
      <Box component="strong" sx={{ color: project && project.can_take > 0 ? 'warning.dark' : 'text.primary', fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Box>
    </Typography>
  );
}
