import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Import } from '@/lib/api-types';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { ImportDetailsDialog } from './ImportDetailsDialog';
import { ImportsHistory } from './ImportsHistory';

const me = { user: { id: 1, username: 'admin' }, role: 'administrator', permissions: ['all'] };
const old: Import = {
  id: 7,
  job_id: 30,
  status: 'completed',
  project_id: 3,
  project_name: 'Кредитные карты',
  provider_id: null,
  geo_id: null,
  region: 'RU',
  language: 'ru',
  filename: 'old.csv',
  file_size: 60,
  file_kind: 'csv',
  columns: null,
  progress_done: 10,
  progress_total: 10,
  total_rows: 10,
  imported_rows: 10,
  duplicate_rows: 0,
  duplicates_in_file: 0,
  already_in_project: 0,
  failed_rows: 0,
  error: null,
  attempts: 1,
  created_by: 1,
  created_by_username: 'admin',
  created_at: '2026-02-25T13:00:00.000Z',
  started_at: '2026-02-25T13:00:00.100Z',
  completed_at: '2026-02-25T13:00:01.000Z',
  error_report_url: null,
  errors: [],
  // An import from before the server counted these.
  target: 'project',
  region_unknown: null,
  in_other_projects: null,
  outside_geo: null,
  outside_geo_to_pool: false,
  routed_to_pool: null,
};
const withOthers: Import = {
  ...old,
  id: 9,
  filename: 'base.csv',
  in_other_projects: 1234,
  outside_geo: 3,
  outside_geo_to_pool: false,
  routed_to_pool: 0,
  region_unknown: 0,
  error_report_url: '/api/v1/imports/9/errors',
};
const toPool: Import = { ...old, id: 11, filename: 'pool.csv', project_id: null, project_name: null, target: 'pool', in_other_projects: 0, outside_geo: 0, routed_to_pool: 0, region_unknown: 2 };

/** The text with the spaces the number format puts between thousands made plain. */
const plain = (element: HTMLElement) => (element.textContent ?? '').replace(/\s/g, ' ');

describe('the counts of an import', () => {
  beforeEach(() => {
    const fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: me },
      { method: 'GET', path: /\/api\/v1\/imports\?/, body: { data: [withOthers, toPool, old], pagination: { total: 3, limit: 20, offset: 0 } } },
      { method: 'GET', path: /\/api\/v1\/imports\/7$/, body: old },
      { method: 'GET', path: /\/api\/v1\/imports\/9$/, body: withOthers },
      { method: 'GET', path: /\/api\/v1\/imports\/11$/, body: toPool },
    ]);
    vi.stubGlobal('fetch', fake.fn);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('the history has a column of the numbers other projects have too', async () => {
    renderWithApp(<ImportsHistory status={null} page={0} onStatusChange={() => {}} onPageChange={() => {}} onOpen={() => {}} />);
    expect(await screen.findByRole('columnheader', { name: 'В др. проектах' })).toBeTruthy();
    expect(plain(await screen.findByTestId('import-row-9-in-other-projects'))).toBe('1 234');
    expect(screen.getByTestId('import-row-11-in-other-projects').textContent).toBe('—');
    expect(screen.getByTestId('import-row-7-in-other-projects').textContent).toBe('—');
  });

  it('the details of an import into a project: numbers in other projects, outside the geo, without a region', async () => {
    renderWithApp(<ImportDetailsDialog importId={9} onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: /Импорт «base\.csv»/ });
    const summary = await within(dialog).findByTestId('import-summary');
    expect(plain(within(summary).getByTestId('import-count-in-other-projects'))).toBe('Уже есть в других проектах: 1 234');
    expect(within(summary).getByTestId('import-count-outside-geo').textContent).toBe('Вне географии проекта: 3');
    expect(within(summary).getByTestId('import-count-region-unknown').textContent).toBe('Регион не определён: 0');
    expect(within(summary).getByRole('img', { name: 'Номер добавлен, но он уже есть в другом проекте; список — в отчёте' })).toBeTruthy();
    expect(within(summary).getByRole('button', { name: 'Скачать отчёт' })).toBeTruthy();
    expect(within(dialog).getByText('Вне географии проекта')).toBeTruthy();
    expect(within(dialog).getByText('загружать в проект')).toBeTruthy();
  });

  it('an import into the pool shows only the numbers without a region; an old one none of them', async () => {
    const { unmount } = renderWithApp(<ImportDetailsDialog importId={11} onClose={() => {}} />);
    const summary = await screen.findByTestId('import-summary');
    expect(within(summary).getByTestId('import-count-region-unknown').textContent).toBe('Регион не определён: 2');
    expect(within(summary).queryByTestId('import-count-in-other-projects')).toBeNull();
    expect(within(summary).queryByTestId('import-count-outside-geo')).toBeNull();
    expect(screen.queryByText('Вне географии проекта')).toBeNull();
    unmount();

    renderWithApp(<ImportDetailsDialog importId={7} onClose={() => {}} />);
    const oldSummary = await screen.findByTestId('import-summary');
    expect(within(oldSummary).queryByTestId('import-notes')).toBeNull();
    expect(within(oldSummary).queryByRole('button', { name: /Скачать отчёт/ })).toBeNull();
  });
});
