import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPollingTransport, JobProgressTransportProvider } from '@/hooks/use-job-progress';
import type { Job, ProjectConversion } from '@/lib/api-types';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { measures } from './measures-fixture';
import { ProjectConversionPage } from './ProjectConversionPage';

const conversion: ProjectConversion = {
  project_id: 3,
  project: { id: 3, name: 'Кредитные карты', tag: '', type: '', is_active: true, deleted_at: null },
  view: 'cohort',
  date_from: '2026-11-01',
  date_to: '2026-11-03',
  total_numbers: 83,
  processed: 60,
  successful: 26,
  failed: 20,
  conversion_rate: 0.3133,
  breakdown_by_status: [],
  updated_at: '2026-12-03T10:00:00.000Z',
  statuses: [
    { id: 1, code: 'new', name_ru: 'Новый', name_en: 'New', color: '#2196f3', is_processed: false, is_success: false, is_final: false },
    { id: 5, code: 'lead', name_ru: 'Лид', name_en: 'Lead', color: '#4caf50', is_processed: true, is_success: true, is_final: true },
    { id: 6, code: 'refused', name_ru: 'Отказ', name_en: 'Refused', color: '#f44336', is_processed: true, is_success: false, is_final: true },
  ],
  measures: measures({
    received: 83,
    duplicates: 2,
    processed: 60,
    success: 26,
    by_status: { '1': 23, '5': 26, '6': 20 },
    conversion: { of_received: 0.3133, of_processed: 0.4333, of_contacted: null },
    cost: 112.5,
    cost_per_success: 4.33,
  }),
  by_provider: [
    {
      provider: { id: 7, code: 'B1', name: 'B1', price_per_number: 1.5 },
      ...measures({ received: 75, processed: 55, success: 25, by_status: { '5': 25 }, conversion: { of_received: 0.3333, of_processed: 0.4545, of_contacted: null }, cost: 112.5, cost_per_success: 4.5 }),
    },
    { provider: null, ...measures({ received: 8, processed: 5, success: 1, by_status: { '5': 1 }, conversion: { of_received: 0.125, of_processed: 0.2, of_contacted: null } }) },
  ],
  by_region: [
    {
      geo: { id: 11, name: 'Новосибирская область', name_en: 'Novosibirsk Oblast', timezone: 'Asia/Novosibirsk' },
      ...measures({ received: 80, processed: 60, success: 26, conversion: { of_received: 0.325, of_processed: 0.4333, of_contacted: null } }),
    },
    { geo: null, ...measures({ received: 3 }) },
  ],
  daily: [
    { day: '2026-11-01', received: 40, processed: 30, success: 10, calls: 0, contacted: 0, conversion: { of_received: 0.25, of_processed: 0.3333, of_contacted: null } },
    { day: '2026-11-02', received: 43, processed: 30, success: 16, calls: 0, contacted: 0, conversion: { of_received: 0.3721, of_processed: 0.5333, of_contacted: null } },
    { day: '2026-11-03', received: 0, processed: 0, success: 0, calls: 0, contacted: 0, conversion: { of_received: null, of_processed: null, of_contacted: null } },
  ],
};

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s/g, ' ');

const job = (change: Partial<Job>): Job => ({
  id: 55,
  kind: 'conversion_recalculate',
  status: 'queued',
  progress_done: 0,
  progress_total: null,
  result: null,
  error: null,
  requested_by: 1,
  attempts: 0,
  created_at: '2026-12-03T10:00:00.000Z',
  started_at: null,
  finished_at: null,
  cancel_requested: false,
  ...change,
});

describe('ProjectConversionPage', () => {
  let fake: ReturnType<typeof fakeFetch>;
  beforeEach(() => {
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/projects\/3\/conversion\?/, body: conversion },
      { method: 'POST', path: /\/api\/v1\/projects\/3\/recalculate-conversion$/, status: 202, body: { job: job({}) } },
    ]);
    vi.stubGlobal('fetch', fake.fn);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the headline figures, the trend and the breakdowns by supplier, region and status', async () => {
    renderWithApp(<ProjectConversionPage projectId={3} />, { route: '/conversion/projects/3?from=2026-11-01&to=2026-11-03&view=activity' });
    expect(await screen.findByRole('heading', { name: 'Конверсия: Кредитные карты' })).toBeTruthy();
    const asked = new URL(fake.calls[0]?.url ?? '', 'http://x').searchParams;
    expect(Object.fromEntries(asked)).toEqual({ date_from: '2026-11-01', date_to: '2026-11-03', view: 'activity' });

    expect(text(screen.getByTestId('measure-success'))).toBe('Успех2631,33 %');
    expect(text(screen.getByTestId('measure-failed'))).toBe('Неудачно2024,1 %');
    expect(text(screen.getByTestId('measure-ofContacted'))).toBe('Конверсия от дозвонившихся—');
    expect(text(screen.getByTestId('measure-costPerSuccess'))).toBe('Цена успеха4,33 ₽');
    expect(screen.getByTestId('conversion-trend')).toBeTruthy();

    const byProvider = screen.getByTestId('conversion-by-provider');
    expect(within(within(byProvider).getByTestId('provider-row-7')).getAllByRole('cell').map((c) => text(c)).slice(0, 6)).toEqual([
      'B1',
      '1,50 ₽',
      '75',
      '0 (0 %)',
      '55 (73,33 %)',
      '25 (33,33 %)',
    ]);
    expect(text(within(byProvider).getByTestId('provider-row-none'))).toMatch(/^Поставщик не известен—8/);
    expect(text(within(byProvider).getByTestId('conversion-totals'))).toMatch(/^Итого83/);

    const byRegion = screen.getByTestId('conversion-by-region');
    expect(text(within(byRegion).getByTestId('region-row-11'))).toMatch(/^Новосибирская областьAsia\/Novosibirsk, UTC\+780/);
    expect(text(within(byRegion).getByTestId('region-row-none'))).toMatch(/^Регион не определён—3/);

    const byStatus = screen.getByTestId('conversion-by-status');
    expect(text(within(byStatus).getByTestId('status-row-5'))).toBe('Лид2631,33 %обработануспехитоговый');
    expect(text(within(byStatus).getByTestId('status-row-6'))).toBe('Отказ2024,1 %обработанитоговый');
    expect(screen.queryByRole('button', { name: 'Пересчитать' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Конверсия проектов' }).getAttribute('href')).toBe(
      '/conversion?from=2026-11-01&to=2026-11-03&view=activity',
    );
  });

  it('lets an administrator recalculate, and follows the job', async () => {
    const user = userEvent.setup();
    const jobs = [job({ status: 'running', progress_done: 1, progress_total: 3 }), job({ status: 'completed', progress_done: 3, progress_total: 3 })];
    const transport = createPollingTransport({ fetchJob: () => Promise.resolve(jobs.length > 1 ? jobs.shift()! : jobs[0]!), intervalMs: 10 });
    const { queryClient } = renderWithApp(
      <JobProgressTransportProvider transport={transport}>
        <ProjectConversionPage projectId={3} canRecalculate />
      </JobProgressTransportProvider>,
      { route: '/conversion/projects/3' },
    );
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    await screen.findByRole('heading', { name: 'Конверсия: Кредитные карты' });
    await user.click(screen.getByRole('button', { name: 'Пересчитать' }));
    const panel = await screen.findByTestId('conversion-recalculation');
    expect(fake.calls.some((c) => c.method === 'POST' && c.url.endsWith('/api/v1/projects/3/recalculate-conversion'))).toBe(true);
    expect(await within(panel).findByText('Конверсия пересчитана')).toBeTruthy();
    await waitFor(() => expect(invalidate.mock.calls.map(([f]) => JSON.stringify(f?.queryKey))).toContain(JSON.stringify(['conversion'])));
    expect(screen.getByRole('button', { name: 'Пересчитать' }).hasAttribute('disabled')).toBe(true);
    await user.click(within(panel).getByRole('button', { name: 'Закрыть' }));
    expect(screen.queryByTestId('conversion-recalculation')).toBeNull();
  });

  it("explains a project it cannot show", async () => {
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/projects\/3\/conversion/, status: 404, body: { error: { code: 'NOT_FOUND', message: 'Project not found', details: [] } } },
    ]);
    vi.stubGlobal('fetch', fake.fn);
    renderWithApp(<ProjectConversionPage projectId={3} />, { route: '/conversion/projects/3' });
    expect(await screen.findByText('Проект не найден.')).toBeTruthy();
  });
});
