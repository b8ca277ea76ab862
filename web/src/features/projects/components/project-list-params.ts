// The projects list's state in the URL: ?q=&state=&sort=&page=&size=

import type { ProjectListParams, ProjectSort, ProjectSortKey } from '@/lib/api-types';

export type ProjectStateFilter = 'all' | 'active' | 'paused';
export const PROJECT_STATE_FILTERS: readonly ProjectStateFilter[] = ['all', 'active', 'paused'];
export const PROJECT_PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PROJECT_SORT: ProjectSort = '-id';

export const SORT_KEYS: readonly ProjectSortKey[] = [
  'id',
  'name',
  'created_at',
  'daily_limit',
  'received_today',
  'received_total',
  'duplicates_today',
  'last_received_at',
];

export interface ProjectListState {
  search: string;
  state: ProjectStateFilter;
  sort: ProjectSort;
  /** 0-based. */
  page: number;
  size: number;
}

function isSort(value: string | null): value is ProjectSort {
  if (!value) return false;
  const key = value.startsWith('-') ? value.slice(1) : value;
  return (SORT_KEYS as readonly string[]).includes(key);
}

export function readProjectListState(search: URLSearchParams): ProjectListState {
  const state = search.get('state');
  const sort = search.get('sort');
  const page = Number(search.get('page') ?? '1');
  const size = Number(search.get('size') ?? '50');
  return {
    search: search.get('q') ?? '',
    state: (PROJECT_STATE_FILTERS as readonly string[]).includes(state ?? '') ? (state as ProjectStateFilter) : 'all',
    sort: isSort(sort) ? sort : DEFAULT_PROJECT_SORT,
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    size: (PROJECT_PAGE_SIZES as readonly number[]).includes(size) ? size : 50,
  };
}

export function writeProjectListState(s: ProjectListState): URLSearchParams {
  const out = new URLSearchParams();
  if (s.search) out.set('q', s.search);
  if (s.state !== 'all') out.set('state', s.state);
  if (s.sort !== DEFAULT_PROJECT_SORT) out.set('sort', s.sort);
  if (s.page > 0) out.set('page', String(s.page + 1));
  if (s.size !== 50) out.set('size', String(s.size));
  return out;
}

export function toApiParams(s: ProjectListState): ProjectListParams {
  return {
    search: s.search.trim() || undefined,
    // "All" here means active and paused: the API's default (its "all" adds deleted ones).
    status: s.state === 'all' ? undefined : s.state,
    sort: s.sort,
    limit: s.size,
    offset: s.page * s.size,
  };
}

/** Clicking a header: the same column flips, another one starts descending (names ascending). */
export function nextSort(current: ProjectSort, key: ProjectSortKey): ProjectSort {
  const currentKey = current.startsWith('-') ? current.slice(1) : current;
  if (currentKey === key) return current.startsWith('-') ? key : `-${key}`;
  return key === 'name' ? key : `-${key}`;
}
