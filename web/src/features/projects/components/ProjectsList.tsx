import { Search as SearchIcon } from '@mui/icons-material';
import {
  Box,
  FormControl,
  InputAdornment,
  InputLabel,
  LinearProgress,
  MenuItem,
  Paper,
  Select,
  TextField,
} from '@mui/material';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { TablePager } from '@/components/ui/TablePager';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import type { Project, ProjectSortKey } from '@/lib/api-types';
import { useProjects } from '../api/get-projects';
import {
  nextSort,
  PROJECT_PAGE_SIZES,
  PROJECT_STATE_FILTERS,
  readProjectListState,
  toApiParams,
  writeProjectListState,
  type ProjectListState,
  type ProjectStateFilter,
} from './project-list-params';
import { ProjectsTable } from './ProjectsTable';

/** "Мои проекты": search, state filter, sortable columns, server-side pages; all in the URL. */
export interface ProjectsListProps {
  /** Opens a project's card (row click, edit button); absent: rows do not open. */
  onOpen?: (project: Project) => void;
  /** Buttons of other features at the end of each row. */
  renderRowActions?: (project: Project) => ReactNode;
}

export function ProjectsList({ onOpen, renderRowActions }: ProjectsListProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => readProjectListState(searchParams), [searchParams]);

  const update = (change: Partial<ProjectListState>) => {
    setSearchParams(writeProjectListState({ ...state, ...change }), { replace: true });
  };

  // The search box updates the URL 300 ms after the last keystroke.
  const [searchText, setSearchText] = useState(state.search);
  const debouncedSearch = useDebouncedValue(searchText, 300);
  useEffect(() => {
    // The URL changed from outside (a link, the menu): show its search.
    setSearchText((current) => (current.trim() === state.search ? current : state.search));
  }, [state.search]);
  useEffect(() => {
    if (debouncedSearch !== state.search) update({ search: debouncedSearch, page: 0 });
    // Only a settled search changes the URL; `state` and `update` are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);

  const projects = useProjects(toApiParams(state));
  const total = projects.data?.pagination.total ?? 0;

  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      <Box sx={{ display: 'flex', gap: 2, p: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          label={t('projects.searchLabel')}
          placeholder={t('projects.searchPlaceholder')}
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          sx={{ width: 320 }}
          InputProps={{
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          }}
          inputProps={{ 'aria-label': t('projects.searchLabel'), type: 'search' }}
        />
        <FormControl sx={{ minWidth: 180 }}>
          <InputLabel id="project-state-label">{t('projects.stateLabel')}</InputLabel>
          <Select
            labelId="project-state-label"
            label={t('projects.stateLabel')}
            value={state.state}
            onChange={(event) => update({ state: event.target.value as ProjectStateFilter, page: 0 })}
          >
            {PROJECT_STATE_FILTERS.map((value) => (
              <MenuItem key={value} value={value}>
                {t(`projects.state.${value}`)}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Box>
      <Box sx={{ height: 4 }}>{projects.isFetching ? <LinearProgress /> : null}</Box>
      {projects.isError ? (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={projects.error} onRetry={() => void projects.refetch()} />
        </Box>
      ) : (
        <>
          <ProjectsTable
            rows={projects.data?.data ?? []}
            sort={state.sort}
            onSort={(key: ProjectSortKey) => update({ sort: nextSort(state.sort, key), page: 0 })}
            onOpen={onOpen}
            renderRowActions={renderRowActions}
            emptyText={projects.isPending ? t('common.loading') : `${t('projects.empty')}. ${t('projects.emptyHint')}`}
          />
          <TablePager
            total={total}
            page={state.page}
            pageSize={state.size}
            pageSizes={PROJECT_PAGE_SIZES}
            onPageChange={(page) => update({ page })}
            onPageSizeChange={(size) => update({ size, page: 0 })}
          />
        </>
      )}
    </Paper>
  );
}
