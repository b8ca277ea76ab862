import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DistributionRun, OffsetPage, PoolSummary } from '@/lib/api-types';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { PoolPage } from './PoolPage';

const summary: PoolSummary = {
  waiting: 1530,
  data: [
    { provider_id: 1, provider_code: 'B1', geo_id: 10, geo_name: 'Москва', geo_name_en: 'Moscow', timezone: 'Europe/Moscow', count: 1200 },
    { provider_id: 2, provider_code: 'B2', geo_id: 11, geo_name: 'Новосибирская область', geo_name_en: 'Novosibirsk Oblast', timezone: 'Asia/Novosibirsk', count: 300 },
    { provider_id: null, provider_code: null, geo_id: null, geo_name: null, geo_name_en: null, timezone: null, count: 30 },
  ],
  projects: [
    { project_id: 3, name: 'Кредитные карты', can_take: 250, remaining_today: null, reason: null },
    { project_id: 4, name: 'Ипотека', can_take: 0, remaining_today: null, reason: { code: 'outside_schedule', message: 'outside the schedule' } },
  ],
};

const runs: OffsetPage<DistributionRun> = {
  data: [
    {
      id: 12,
      trigger: 'get_base',
      project_id: 3,
      started_by: 2,
      started_by_name: 'manager_1',
      job_id: null,
      now_at: '2026-02-25T10:00:00.000Z',
      started_at: '2026-02-25T10:00:00.000Z',
      finished_at: '2026-02-25T10:00:01.000Z',
      handed: 37,
      returned: 0,
      results: [{ project_id: 3, name: 'Кредитные карты', handed: 37, remaining_today: null, reason: null }],
    },
    {
      id: 11,
      trigger: 'schedule',
      project_id: null,
      started_by: null,
      started_by_name: null,
      job_id: 40,
      now_at: '2026-02-25T09:00:00.000Z',
      started_at: '2026-02-25T09:00:00.000Z',
      finished_at: '2026-02-25T09:00:02.000Z',
      handed: 100,
      returned: 0,
      results: [
        { project_id: 3, name: 'Кредитные карты', handed: 100, remaining_today: 0, reason: { code: 'daily_limit_reached', message: 'limit' } },
        { project_id: 4, name: 'Ипотека', handed: 0, remaining_today: null, reason: { code: 'pool_empty', message: 'empty' } },
      ],
    },
  ],
  pagination: { total: 2, limit: 20, offset: 0, has_next: false },
};

describe('PoolPage', () => {
  let fake: ReturnType<typeof fakeFetch>;
  beforeEach(() => {
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/pool\/summary$/, body: summary },
      { method: 'GET', path: /\/api\/v1\/distribution\/runs\?/, body: runs },
      { method: 'POST', path: /\/api\/v1\/distribution\/runs$/, status: 202, body: { job_id: 77 } },
      { method: 'GET', path: /\/api\/v1\/numbering_plan$/, body: { ranges: 9677, unmapped_ranges: 0, operators: 3, loaded_at: '2026-12-03T10:00:00.000Z' } },
    ]);
    vi.stubGlobal('fetch', fake.fn);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the waiting numbers by supplier and region, with their time zones', async () => {
    renderWithApp(<PoolPage canImport />);
    const groups = await screen.findByTestId('pool-groups');
    await within(groups).findByText('B1');
    const rows = within(groups).getAllByRole('row');
    // header, three groups, the total
    expect(rows).toHaveLength(5);
    expect(rows[1]?.textContent).toMatch(/^B1Москва.*Europe\/Moscow, UTC\+3.*1\s200$/);
    expect(rows[2]?.textContent).toMatch(/B2Новосибирская областьAsia\/Novosibirsk, UTC\+7.*300/);
    expect(rows[3]?.textContent).toBe('без поставщикарегион не определённе известен30');
    expect(rows[4]?.textContent).toMatch(/^Всего1\s530$/);
    expect(screen.getByTestId('pool-waiting').textContent).toMatch(/^1\s530$/);
    expect(screen.getByRole('link', { name: 'Импорт в пул' }).getAttribute('href')).toBe('/imports?target=pool');
  });

  it('lists what each project can take now, and why not', async () => {
    renderWithApp(<PoolPage canImport={false} />);
    const projects = await screen.findByTestId('pool-projects');
    expect((await within(projects).findByTestId('pool-project-3')).textContent).toBe('Кредитные карты250—');
    expect(within(projects).getByTestId('pool-project-4').textContent).toBe('Ипотека0сейчас не время получения по расписанию проекта');
    expect(screen.queryByRole('link', { name: 'Импорт в пул' })).toBeNull();
  });

  it('shows the runs, and a run opens its projects with their reasons', async () => {
    const user = userEvent.setup();
    renderWithApp(<PoolPage canImport />);
    const row = await screen.findByTestId('run-row-11');
    expect(row.textContent).toContain('По расписанию');
    expect(row.textContent).toContain('система');
    expect(screen.getByTestId('run-row-12').textContent).toContain('«Получить базу»Кредитные карты');
    expect(screen.getByTestId('run-row-12').textContent).toContain('manager_1');
    await user.click(screen.getByRole('button', { name: 'Показать проекты распределения №11' }));
    const results = await screen.findByTestId('run-results-11');
    expect(within(results).getByText('достигнут дневной лимит')).toBeTruthy();
    expect(within(results).getByText('в пуле нет подходящих номеров')).toBeTruthy();
  });

  it('starts a distribution and follows its job', async () => {
    const user = userEvent.setup();
    renderWithApp(<PoolPage canImport />);
    await user.click(await screen.findByRole('button', { name: 'Распределить сейчас' }));
    expect(await screen.findByTestId('distribution-run')).toBeTruthy();
    expect(fake.calls.some((c) => c.method === 'POST' && c.url.endsWith('/api/v1/distribution/runs'))).toBe(true);
    expect(await screen.findByText('Распределение запущено')).toBeTruthy();
  });

  it('has the numbering plan card; its upload button only with geo.manage', async () => {
    const { unmount } = renderWithApp(<PoolPage canImport canManageNumberingPlan />);
    const card = await screen.findByTestId('numbering-plan');
    await within(card).findByText(/диапазонов, 3 оператора, загружен 03\.12\.2026/);
    expect(within(card).getByRole('button', { name: 'Загрузить новый файл реестра' })).toBeTruthy();
    unmount();
    renderWithApp(<PoolPage canImport />);
    await within(await screen.findByTestId('numbering-plan')).findByText(/диапазонов/);
    expect(screen.queryByRole('button', { name: 'Загрузить новый файл реестра' })).toBeNull();
  });
});
