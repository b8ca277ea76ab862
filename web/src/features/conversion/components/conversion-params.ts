// The conversion screens' state in the URL:
// the summary ?state=&from=&to=&view=&provider=&geo=&sort=&page=&size=
// a project's page ?from=&to=&view=

import dayjs, { type Dayjs } from 'dayjs';
import type {
  ConversionFilterParams,
  ConversionRangeParams,
  ConversionSort,
  ConversionSortKey,
  ConversionState,
  ConversionSummaryParams,
  ConversionView,
} from '@/lib/api-types';

export const CONVERSION_STATES: readonly ConversionState[] = ['active', 'deleted', 'all'];
export const CONVERSION_VIEWS: readonly ConversionView[] = ['cohort', 'activity'];
export const CONVERSION_PAGE_SIZES = [50, 100, 200, 500] as const;
export const DEFAULT_CONVERSION_PAGE_SIZE = 100;
export const DEFAULT_CONVERSION_SORT: ConversionSort = 'id';
/** The server refuses a longer range (422 on date_from). */
export const MAX_RANGE_DAYS = 366;

export const SORT_KEYS: readonly ConversionSortKey[] = [
  'id',
  'name',
  'received',
  'duplicates',
  'processed',
  'success',
  'conversion_received',
  'conversion_processed',
];

export type RangePreset = 'today' | 'yesterday' | 'days7' | 'days30' | 'thisMonth';
export const RANGE_PRESETS: readonly RangePreset[] = ['today', 'yesterday', 'days7', 'days30', 'thisMonth'];
/** With no dates the server answers the last 30 days (date_to = today, date_from = date_to − 29). */
export const DEFAULT_PRESET: RangePreset = 'days30';

export interface ConversionRange {
  /** YYYY-MM-DD, or '' for the server's default. */
  from: string;
  to: string;
  view: ConversionView;
}

export interface ConversionListState extends ConversionRange {
  state: ConversionState;
  /** A supplier or a region (at most one of them is set). */
  provider: number | null;
  geo: number | null;
  sort: ConversionSort;
  /** 0-based. */
  page: number;
  size: number;
}

const DAY = 'YYYY-MM-DD';

function id(value: string | null): number | null {
  if (!value || !/^[1-9][0-9]{0,17}$/.test(value)) return null;
  return Number(value);
}

/** A real calendar day written YYYY-MM-DD, else ''. */
export function validDay(value: string | null | undefined): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
  const day = dayjs(value);
  return day.isValid() && day.format(DAY) === value ? value : '';
}

function isSort(value: string | null): value is ConversionSort {
  if (!value) return false;
  const key = value.startsWith('-') ? value.slice(1) : value;
  return (SORT_KEYS as readonly string[]).includes(key);
}

export function readRange(search: URLSearchParams): ConversionRange {
  const view = search.get('view');
  return {
    from: validDay(search.get('from')),
    to: validDay(search.get('to')),
    view: (CONVERSION_VIEWS as readonly string[]).includes(view ?? '') ? (view as ConversionView) : 'cohort',
  };
}

/** The range's part of a URL (a link to a project's page keeps the summary's range and view). */
export function writeRange(range: ConversionRange, out: URLSearchParams = new URLSearchParams()): URLSearchParams {
  if (range.from) out.set('from', range.from);
  if (range.to) out.set('to', range.to);
  if (range.view !== 'cohort') out.set('view', range.view);
  return out;
}

export function readConversionListState(search: URLSearchParams): ConversionListState {
  const state = search.get('state');
  const sort = search.get('sort');
  const page = Number(search.get('page') ?? '1');
  const size = Number(search.get('size') ?? String(DEFAULT_CONVERSION_PAGE_SIZE));
  const provider = id(search.get('provider'));
  return {
    ...readRange(search),
    state: (CONVERSION_STATES as readonly string[]).includes(state ?? '') ? (state as ConversionState) : 'active',
    provider,
    // A supplier or a region, not both (the server refuses both): the supplier wins.
    geo: provider === null ? id(search.get('geo')) : null,
    sort: isSort(sort) ? sort : DEFAULT_CONVERSION_SORT,
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    size: (CONVERSION_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_CONVERSION_PAGE_SIZE,
  };
}

export function writeConversionListState(s: ConversionListState): URLSearchParams {
  const out = new URLSearchParams();
  if (s.state !== 'active') out.set('state', s.state);
  writeRange(s, out);
  if (s.provider !== null) out.set('provider', String(s.provider));
  if (s.geo !== null) out.set('geo', String(s.geo));
  if (s.sort !== DEFAULT_CONVERSION_SORT) out.set('sort', s.sort);
  if (s.page > 0) out.set('page', String(s.page + 1));
  if (s.size !== DEFAULT_CONVERSION_PAGE_SIZE) out.set('size', String(s.size));
  return out;
}

export function toRangeParams(r: ConversionRange): ConversionRangeParams {
  return { date_from: r.from || undefined, date_to: r.to || undefined, view: r.view };
}

export function toSummaryParams(s: ConversionListState): ConversionSummaryParams {
  return {
    ...toRangeParams(s),
    state: s.state,
    provider_id: s.provider ?? undefined,
    geo_id: s.geo ?? undefined,
    sort: s.sort,
    limit: s.size,
    offset: s.page * s.size,
  };
}

/** The summary's filters without its page: what the file holds (GET /conversion/summary/export adds the format). */
export function toExportFilters(s: ConversionListState): ConversionFilterParams {
  const { limit: _limit, offset: _offset, ...filters } = toSummaryParams(s);
  return filters;
}

/** Clicking a header: the same column flips; another starts ascending for ID and name, descending for a measure. */
export function nextSort(current: ConversionSort, key: ConversionSortKey): ConversionSort {
  const currentKey = current.startsWith('-') ? current.slice(1) : current;
  if (currentKey === key) return current.startsWith('-') ? key : `-${key}`;
  return key === 'name' || key === 'id' ? key : `-${key}`;
}

/** A preset's days, counted from `today` (the browser's date). */
export function presetRange(preset: RangePreset, today: Dayjs = dayjs()): { from: string; to: string } {
  const day = today.startOf('day');
  const to = preset === 'yesterday' ? day.subtract(1, 'day') : day;
  const from =
    preset === 'today' || preset === 'yesterday'
      ? to
      : preset === 'days7'
        ? day.subtract(6, 'day')
        : preset === 'days30'
          ? day.subtract(29, 'day')
          : day.startOf('month');
  return { from: from.format(DAY), to: to.format(DAY) };
}

/** The preset the range is, if any; no dates at all is the server's default (30 days). */
export function matchPreset(from: string, to: string, today: Dayjs = dayjs()): RangePreset | null {
  if (!from && !to) return DEFAULT_PRESET;
  return RANGE_PRESETS.find((preset) => {
    const range = presetRange(preset, today);
    return range.from === from && range.to === to;
  }) ?? null;
}

export type RangeIssue = 'order' | 'tooLong';

/** What is wrong with a range before it is sent (the server checks the same). */
export function rangeIssue(from: string, to: string): RangeIssue | null {
  if (!from || !to) return null;
  const start = dayjs(from);
  const end = dayjs(to);
  if (end.isBefore(start)) return 'order';
  // Both days count: 2026-01-01..2026-12-31 is 365 days.
  if (end.diff(start, 'day') + 1 > MAX_RANGE_DAYS) return 'tooLong';
  return null;
}
