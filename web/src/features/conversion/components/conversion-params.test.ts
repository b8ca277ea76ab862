import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  matchPreset,
  nextSort,
  presetRange,
  rangeIssue,
  readConversionListState,
  toExportFilters,
  toSummaryParams,
  writeConversionListState,
} from './conversion-params';

const today = dayjs('2026-11-20T15:00:00');

describe('conversion presets', () => {
  it('count their days from today, both ends included', () => {
    expect(presetRange('today', today)).toEqual({ from: '2026-11-20', to: '2026-11-20' });
    expect(presetRange('yesterday', today)).toEqual({ from: '2026-11-19', to: '2026-11-19' });
    expect(presetRange('days7', today)).toEqual({ from: '2026-11-14', to: '2026-11-20' });
    expect(presetRange('days30', today)).toEqual({ from: '2026-10-22', to: '2026-11-20' });
    expect(presetRange('thisMonth', today)).toEqual({ from: '2026-11-01', to: '2026-11-20' });
  });

  it('recognize a range, and no dates as the server default of 30 days', () => {
    expect(matchPreset('2026-11-14', '2026-11-20', today)).toBe('days7');
    expect(matchPreset('', '', today)).toBe('days30');
    expect(matchPreset('2026-11-02', '2026-11-20', today)).toBeNull();
  });
});

describe('rangeIssue', () => {
  it('refuses an end before the start and more than 366 days', () => {
    expect(rangeIssue('2026-11-20', '2026-11-19')).toBe('order');
    expect(rangeIssue('2025-01-01', '2026-01-01')).toBeNull();
    expect(rangeIssue('2025-01-01', '2026-01-02')).toBe('tooLong');
    expect(rangeIssue('', '2026-01-02')).toBeNull();
  });
});

describe('the summary state in the URL', () => {
  it('reads and writes every part, leaving the defaults out', () => {
    const search = new URLSearchParams('state=deleted&from=2026-11-01&to=2026-11-30&view=activity&geo=7&sort=-success&page=2&size=50');
    const state = readConversionListState(search);
    expect(state).toEqual({
      state: 'deleted',
      from: '2026-11-01',
      to: '2026-11-30',
      view: 'activity',
      provider: null,
      geo: 7,
      sort: '-success',
      page: 1,
      size: 50,
    });
    expect(writeConversionListState(state).toString()).toBe(search.toString());
    expect(writeConversionListState(readConversionListState(new URLSearchParams('from=2026-02-30&sort=color&size=7'))).toString()).toBe('');
    // A supplier or a region: the server refuses both.
    expect(writeConversionListState(readConversionListState(new URLSearchParams('provider=3&geo=7'))).toString()).toBe('provider=3');
  });

  it('gives the API its parameters, and the export the same without the page', () => {
    const state = readConversionListState(new URLSearchParams('from=2026-11-01&to=2026-11-30&provider=3&page=3'));
    expect(toSummaryParams(state)).toEqual({
      date_from: '2026-11-01',
      date_to: '2026-11-30',
      view: 'cohort',
      state: 'active',
      provider_id: 3,
      geo_id: undefined,
      sort: 'id',
      limit: 100,
      offset: 200,
    });
    expect(toExportFilters(state)).toEqual({
      date_from: '2026-11-01',
      date_to: '2026-11-30',
      view: 'cohort',
      state: 'active',
      provider_id: 3,
      geo_id: undefined,
      sort: 'id',
    });
  });

  it('sorts a measure descending first, the ID and the name ascending, and flips the same column', () => {
    expect(nextSort('id', 'success')).toBe('-success');
    expect(nextSort('-success', 'success')).toBe('success');
    expect(nextSort('-success', 'name')).toBe('name');
    expect(nextSort('id', 'id')).toBe('-id');
  });
});
