import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import type { ConversionSummary } from '@/lib/api-types';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { measures } from './measures-fixture';
import { ConversionPage } from './ConversionPage';

const statuses: ConversionSummary['statuses'] = [
  { id: 1, code: 'new', name_ru: 'Новый', name_en: 'New', color: '#2196f3', is_processed: false, is_success: false, is_final: false },
  { id: 5, code: 'success', name_ru: 'Лид', name_en: 'Lead', color: '#4caf50', is_processed: true, is_success: true, is_final: true },
];

const project = (id: number, name: string) => ({ id, name, tag: 'nc', type: 'Заказ', is_active: true, deleted_at: null });

const summary: ConversionSummary = {
  view: 'cohort',
  date_from: '2026-10-22',
  date_to: '2026-11-20',
  state: 'active',
  statuses,
  data: [
    {
      project: project(3, 'B2_nc french-bargenieres.ru'),
      ...measures({
        received: 83,
        duplicates: 2,
        processed: 60,
        success: 26,
        by_status: { '1': 23, '5': 26 },
        conversion: { of_received: 0.3133, of_processed: 0.4333, of_contacted: null },
        cost: 1500,
        cost_per_success: 57.69,
      }),
    },
    {
      project: project(4, 'B1_nc goodinvest.ru'),
      ...measures({ received: 11, processed: 5, success: 5, by_status: { '5': 5 }, conversion: { of_received: 0.4545, of_processed: 1, of_contacted: null } }),
    },
  ],
  totals: measures({
    received: 94,
    duplicates: 2,
    processed: 65,
    success: 31,
    by_status: { '1': 23, '5': 31 },
    conversion: { of_received: 0.3298, of_processed: 0.4769, of_contacted: null },
    cost: 1500,
    cost_per_success: 48.39,
  }),
  pagination: { total: 2, limit: 100, offset: 0, has_next: false },
};

const providers = { data: [{ id: 3, code: 'B1', name: 'Base one', type: '', contact: '', is_active: true, price_per_number: 1.5 }] };

/** Spaces as the eye sees them: Russian numbers use no-break spaces. */
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s/g, ' ');

function Location() {
  return <div data-testid="location">{useLocation().search}</div>;
}

/** Switches the test's (Russian) i18n instance to English. */
function English() {
  const { i18n } = useTranslation();
  useEffect(() => {
    void i18n.changeLanguage('en');
  }, [i18n]);
  return null;
}

function summaryCalls(fake: ReturnType<typeof fakeFetch>) {
  return fake.calls.filter((c) => c.url.includes('/api/v1/conversion/summary?')).map((c) => new URL(c.url, 'http://x').searchParams);
}

describe('ConversionPage', () => {
  let fake: ReturnType<typeof fakeFetch>;
  beforeEach(() => {
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/conversion\/summary\?/, body: summary },
      { method: 'GET', path: /\/api\/v1\/providers/, body: providers },
    ]);
    vi.stubGlobal('fetch', fake.fn);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('writes the cells as "26 (31,33 %)", and the totals in a bold "Итого" row', async () => {
    renderWithApp(<ConversionPage />, { route: '/conversion' });
    const row = await screen.findByTestId('conversion-row-3');
    const cells = within(row).getAllByRole('cell').map((cell) => text(cell));
    // ID, project, received, duplicates, processed, success, the two statuses, three conversions, cost, cost per success
    expect(cells).toEqual([
      '3',
      'B2_nc french-bargenieres.ru',
      '83',
      '2 (2,41 %)',
      '60 (72,29 %)',
      '26 (31,33 %)',
      '23 (27,71 %)',
      '26 (31,33 %)',
      '31,33 %',
      '43,33 %',
      '—',
      '1 500,00 ₽',
      '57,69 ₽',
    ]);
    expect(within(row).getByRole('link', { name: 'B2_nc french-bargenieres.ru' }).getAttribute('href')).toBe(
      '/conversion/projects/3?from=2026-10-22&to=2026-11-20',
    );
    expect(text(screen.getByTestId('conversion-row-4'))).toContain('5 (45,45 %)');

    const totals = screen.getByTestId('conversion-totals');
    expect(within(totals).getAllByRole('cell').map((cell) => text(cell))).toEqual([
      'Итого',
      '94',
      '2 (2,13 %)',
      '65 (69,15 %)',
      '31 (32,98 %)',
      '23 (24,47 %)',
      '31 (32,98 %)',
      '32,98 %',
      '47,69 %',
      '—',
      '1 500,00 ₽',
      '48,39 ₽',
    ]);
    expect(getComputedStyle(within(totals).getByText('Итого')).fontWeight).toBe('700');
    // The statuses are headers of their own, in their colours.
    expect(within(screen.getByTestId('status-header-5')).getByText('Лид')).toBeTruthy();
    // The server's default period is shown in the date inputs while the URL has none.
    expect(screen.getByRole('heading', { name: 'Конверсия проектов' })).toBeTruthy();
    expect(summaryCalls(fake)[0]?.get('date_from')).toBeNull();
    expect(summaryCalls(fake)[0]?.get('view')).toBe('cohort');
    expect(summaryCalls(fake)[0]?.get('state')).toBe('active');
  });

  it('writes them the English way in English', async () => {
    renderWithApp(
      <>
        <English />
        <ConversionPage />
      </>,
      { route: '/conversion' },
    );
    const row = await screen.findByTestId('conversion-row-3');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Project conversion' })).toBeTruthy());
    const cells = within(row).getAllByRole('cell').map((cell) => text(cell));
    expect(cells[5]).toBe('26 (31.33%)');
    expect(cells.slice(-2)).toEqual(['₽1,500.00', '₽57.69']);
    expect(text(within(screen.getByTestId('conversion-totals')).getAllByRole('cell')[0])).toBe('Total');
  });

  it('asks for the preset days when a preset is chosen', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 20, 12, 0, 0));
    onTestFinished(() => void vi.useRealTimers());
    const user = userEvent.setup();
    renderWithApp(
      <>
        <ConversionPage />
        <Location />
      </>,
      { route: '/conversion?page=2' },
    );
    await screen.findByTestId('conversion-row-3');
    // No dates yet: the server's 30 days, which is the preset shown as chosen.
    expect(screen.getByRole('button', { name: '30 дней' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('button', { name: '7 дней' }));
    await waitFor(() => expect(summaryCalls(fake).at(-1)?.get('date_from')).toBe('2026-11-14'));
    expect(summaryCalls(fake).at(-1)?.get('date_to')).toBe('2026-11-20');
    expect(summaryCalls(fake).at(-1)?.get('offset')).toBe('0');
    expect(screen.getByTestId('location').textContent).toBe('?from=2026-11-14&to=2026-11-20');
    expect(screen.getByRole('button', { name: '7 дней' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Вчера' }));
    await waitFor(() => expect(summaryCalls(fake).at(-1)?.get('date_from')).toBe('2026-11-19'));
    expect(summaryCalls(fake).at(-1)?.get('date_to')).toBe('2026-11-19');

    await user.click(screen.getByRole('button', { name: 'Этот месяц' }));
    await waitFor(() => expect(summaryCalls(fake).at(-1)?.get('date_from')).toBe('2026-11-01'));
    expect(summaryCalls(fake).at(-1)?.get('date_to')).toBe('2026-11-20');

    await user.click(screen.getByRole('button', { name: 'Активность' }));
    await waitFor(() => expect(summaryCalls(fake).at(-1)?.get('view')).toBe('activity'));
  });

  it('sorts on the server by the header clicked', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <>
        <ConversionPage />
        <Location />
      </>,
      { route: '/conversion' },
    );
    await screen.findByTestId('conversion-row-3');
    expect(summaryCalls(fake).at(-1)?.get('sort')).toBe('id');

    await user.click(screen.getByRole('button', { name: 'Успех' }));
    await waitFor(() => expect(summaryCalls(fake).at(-1)?.get('sort')).toBe('-success'));
    expect(screen.getByTestId('location').textContent).toBe('?sort=-success');
    await user.click(screen.getByRole('button', { name: 'Успех' }));
    await waitFor(() => expect(summaryCalls(fake).at(-1)?.get('sort')).toBe('success'));

    await user.click(screen.getByRole('button', { name: 'от обработанных' }));
    await waitFor(() => expect(summaryCalls(fake).at(-1)?.get('sort')).toBe('-conversion_processed'));
    // "от дозвонившихся" cannot be sorted by.
    expect(screen.queryByRole('button', { name: 'от дозвонившихся' })).toBeNull();
  });

  it('filters by a supplier or a region, one at a time', async () => {
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/conversion\/summary\?/, body: summary },
      { method: 'GET', path: /\/api\/v1\/providers/, body: providers },
      {
        method: 'GET',
        path: /\/api\/v1\/geo\/7$/,
        body: { id: 7, country: 'RU', region: 'NVS', city: null, name: 'Новосибирская область', name_en: 'Novosibirsk Oblast', timezone: 'Asia/Novosibirsk', is_active: true },
      },
    ]);
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithApp(
      <>
        <ConversionPage />
        <Location />
      </>,
      { route: '/conversion?geo=7' },
    );
    await screen.findByTestId('conversion-row-3');
    expect(summaryCalls(fake).at(-1)?.get('geo_id')).toBe('7');
    await user.click(screen.getByRole('combobox', { name: 'Поставщик' }));
    await user.click(await screen.findByRole('option', { name: /B1/ }));
    await waitFor(() => expect(summaryCalls(fake).at(-1)?.get('provider_id')).toBe('3'));
    expect(summaryCalls(fake).at(-1)?.get('geo_id')).toBeNull();
    expect(screen.getByTestId('location').textContent).toBe('?provider=3');
  });

  it('shows the deleted projects on their tab', async () => {
    const user = userEvent.setup();
    renderWithApp(<ConversionPage />, { route: '/conversion' });
    await screen.findByTestId('conversion-row-3');
    await user.click(screen.getByRole('tab', { name: 'Удалённые проекты' }));
    await waitFor(() => expect(summaryCalls(fake).at(-1)?.get('state')).toBe('deleted'));
    expect(screen.getByRole('heading', { name: 'Конверсия удалённых проектов' })).toBeTruthy();
  });

  it('says when there is nothing for the period, and checks the period before asking', async () => {
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/conversion\/summary\?/, body: { ...summary, data: [], pagination: { total: 0, limit: 100, offset: 0, has_next: false } } },
      { method: 'GET', path: /\/api\/v1\/providers/, body: providers },
    ]);
    vi.stubGlobal('fetch', fake.fn);
    const { unmount } = renderWithApp(<ConversionPage />, { route: '/conversion' });
    expect(await screen.findByText('Нет данных за выбранный период')).toBeTruthy();
    expect(screen.queryByTestId('conversion-totals')).toBeNull();
    unmount();

    const before = summaryCalls(fake).length;
    renderWithApp(<ConversionPage />, { route: '/conversion?from=2025-01-01&to=2026-06-30' });
    expect(await screen.findAllByText('Период — не длиннее 366 дней')).toHaveLength(2);
    expect(summaryCalls(fake).length).toBe(before);
  });

  it('downloads the file for analysis with the current filters', async () => {
    const createObjectURL = vi.fn(() => 'blob:1');
    const saved = Object.getOwnPropertyDescriptors(URL);
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    onTestFinished(() => {
      Object.defineProperties(URL, {
        createObjectURL: saved.createObjectURL ?? { value: undefined, configurable: true, writable: true },
        revokeObjectURL: saved.revokeObjectURL ?? { value: undefined, configurable: true, writable: true },
      });
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/conversion\/summary\?/, body: summary },
      { method: 'GET', path: /\/api\/v1\/conversion\/summary\/export\?/, body: 'ID;Проект' },
      { method: 'GET', path: /\/api\/v1\/providers/, body: providers },
    ]);
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithApp(<ConversionPage />, { route: '/conversion?state=all&from=2026-11-01&to=2026-11-30&provider=3&sort=-success&page=2' });
    await screen.findByTestId('conversion-row-3');
    await user.click(screen.getByRole('button', { name: 'Загрузить данные для анализа конверсии' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Excel (XLSX)' }));
    expect(await screen.findByText('Файл «conversion-2026-11-01-2026-11-30.xlsx» загружен')).toBeTruthy();
    const call = fake.calls.find((c) => c.url.includes('/summary/export?'));
    const params = new URL(call?.url ?? '', 'http://x').searchParams;
    expect(Object.fromEntries(params)).toEqual({
      date_from: '2026-11-01',
      date_to: '2026-11-30',
      view: 'cohort',
      state: 'all',
      provider_id: '3',
      sort: '-success',
      format: 'xlsx',
      language: 'ru',
    });
    expect(click).toHaveBeenCalledTimes(1);
  });
});
