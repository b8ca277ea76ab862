import { FileDownloadOutlined as FileDownloadOutlinedIcon } from '@mui/icons-material';
import { Box, Button, Tooltip } from '@mui/material';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/ui/PageHeader';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { GetBaseButton } from '@/features/distribution';
import { useNumberStatuses } from '@/features/dictionaries/api/get-number-statuses';
import { useProviders } from '@/features/dictionaries/api/get-providers';
import { numberFilterSearch, readNumberListState } from '@/features/numbers/components/number-list-params';
import type { ProjectFilterSlotProps } from '@/features/numbers/components/NumbersFilters';
import { NumbersScreen } from '@/features/numbers/components/NumbersScreen';
import { ProjectPicker } from '@/features/projects/components/ProjectPicker';
import { hasPermission } from '@/lib/permissions';
import { useAssignees } from './use-assignees';

const NONE: readonly never[] = [];

/** Composes the numbers screen with the dictionaries, the project chooser and the users of other features. */
export function NumbersRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const permissions = me.data?.permissions;
  const statuses = useNumberStatuses();
  const providers = useProviders();
  const canEdit = hasPermission(permissions, 'phone_numbers.update');
  // Whoever may list users assigns to any active user; others to themselves.
  const assignees = useAssignees(canEdit && hasPermission(permissions, 'users.read'));
  // "Экспорт" opens the export with the filters the list shows.
  const [searchParams] = useSearchParams();
  const canExport = hasPermission(permissions, 'exports.create');
  // "Получить базу" for the one project the list is filtered by (the server checks membership).
  const filteredProject = useMemo(() => readNumberListState(searchParams).filters.project, [searchParams]);
  const canGetBase = hasPermission(permissions, 'projects.get_base') && filteredProject !== null;
  // Stable props: the numbers screen keeps its filters from re-rendering on every page.
  const canPickProject = hasPermission(permissions, 'projects.read');
  const renderProjectFilter = useCallback(
    (props: ProjectFilterSlotProps) => (canPickProject ? <ProjectPicker {...props} /> : null),
    [canPickProject],
  );

  return (
    <RequirePermission permission="phone_numbers.read">
      <PageHeader
        title={t('numbers.title')}
        actions={
          <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
            {canExport ? (
              <Tooltip title={t('numbers.exportHint')} describeChild>
                <Button
                  component={RouterLink}
                  to={paths.exports.href(numberFilterSearch(searchParams))}
                  variant="outlined"
                  startIcon={<FileDownloadOutlinedIcon />}
                >
                  {t('numbers.export')}
                </Button>
              </Tooltip>
            ) : null}
            {canGetBase ? <GetBaseButton projectId={filteredProject} /> : null}
          </Box>
        }
      />
      <NumbersScreen
        statuses={statuses.data ?? NONE}
        providers={providers.data ?? NONE}
        canEdit={canEdit}
        assignees={assignees}
        renderProjectFilter={renderProjectFilter}
      />
    </RequirePermission>
  );
}

export { NumbersRoute as Component };
