import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Home, HomeCompany } from '@/lib/api-types';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { homeQueryOptions } from '../api/get-home';
import { HomePage } from './HomePage';

const manager = {
  user: { id: 7, username: 'manager_1' },
  role: 'manager',
  permissions: ['projects.read', 'phone_numbers.read', 'phone_numbers.update', 'projects.get_base', 'conversion.read'],
};
const administrator = { user: { id: 1, username: 'admin' }, role: 'administrator', permissions: ['all'] };

function day(change: Partial<Home> = {}): Home {
  return {
    day: '2026-12-03',
    callbacks_overdue: 3,
    callbacks_today: 5,
    next_callback_at: null,
    projects: 2,
    received_today: 1234,
    success_today: 4,
    calls_today: 4,
    company: null,
    ...change,
  };
}

const company: HomeCompany = {
  received_by_supplier: [
    { provider_id: 4, code: 'B1', name: 'Base one', pool: 120, projects: 30 },
    { provider_id: 5, code: 'B2', name: 'Base two', pool: 0, projects: 7 },
  ],
  imports_running: [
    { id: 11, filename: 'moscow.csv', project_id: 3, project_name: 'Карты', target: 'project', status: 'processing', progress_done: 500, progress_total: 2000 },
  ],
  imports_failed: [
    { id: 12, filename: 'empty.csv', project_id: null, project_name: null, target: 'pool', error: 'the file is empty', finished_at: '2026-12-03T08:00:00.000Z' },
  ],
  projects_at_limit: [{ id: 3, name: 'Карты', daily_limit: 500, received: 500 }],
  projects_without_numbers: [{ id: 9, name: 'Кредиты СПб' }],
};

function setUp(me: unknown, home: Home) {
  const fake = fakeFetch([
    { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: me },
    { method: 'GET', path: /\/api\/v1\/home$/, body: home },
  ]);
  vi.stubGlobal('fetch', fake.fn);
  return fake;
}

/** Spaces as the eye sees them: Russian numbers use no-break spaces. */
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s/g, ' ');

describe('HomePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows a manager's day: callbacks lead to their own list, calls wait for the SoftPhone, no company", async () => {
    setUp(manager, day());
    renderWithApp(<HomePage />);
    expect(await screen.findByRole('heading', { name: 'Сегодня', level: 1 })).toBeTruthy();

    const overdue = await screen.findByRole('link', { name: /Просроченные перезвоны/ });
    expect(overdue.getAttribute('href')).toBe('/numbers?assignee=7&reminder=overdue');
    expect(text(within(overdue).getByTestId('tile-overdue-value'))).toBe('3');
    const today = screen.getByRole('link', { name: /Перезвонить сегодня/ });
    expect(today.getAttribute('href')).toBe('/numbers?assignee=7&reminder=today');

    expect(text(screen.getByTestId('tile-received'))).toContain('1 234');
    expect(text(screen.getByTestId('tile-received'))).toContain('сегодня, в 2 проектах');
    expect(text(screen.getByTestId('tile-success-value'))).toBe('4');
    expect(text(screen.getByTestId('tile-calls-value'))).toBe('4');
    expect(text(screen.getByTestId('tile-next-value'))).toBe('—');

    const getBase = screen.getByRole('link', { name: 'Получить базу' });
    expect(getBase.getAttribute('href')).toBe('/projects');
    expect(screen.queryByText('Компания сегодня')).toBeNull();
    expect(screen.getByTestId('home-day').textContent).toBe('четверг, 3 декабря');
  });

  it('says so when there are no callbacks, and offers no base to a role without projects.get_base', async () => {
    setUp({ ...manager, permissions: ['projects.read', 'phone_numbers.read'] }, day({ callbacks_overdue: 0, callbacks_today: 0, projects: 0 }));
    renderWithApp(<HomePage />);
    expect(await screen.findByText('Сегодня перезвонов нет')).toBeTruthy();
    expect(screen.getByText('Просроченных нет')).toBeTruthy();
    expect(screen.getByText('Вы пока не участвуете ни в одном проекте')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Получить базу' })).toBeNull();
  });

  it('caps the callback counts as the server does', async () => {
    setUp(manager, day({ callbacks_overdue: 1000 }));
    renderWithApp(<HomePage />);
    expect(text(await screen.findByTestId('tile-overdue-value'))).toBe('1 000+');
  });

  it("shows an administrator the company's day: suppliers, imports, projects that need a look", async () => {
    setUp(administrator, day({ company }));
    renderWithApp(<HomePage />);
    expect(await screen.findByRole('heading', { name: 'Компания сегодня' })).toBeTruthy();

    const suppliers = screen.getByRole('table', { name: 'Поступило по поставщикам' });
    expect(text(within(suppliers).getByTestId('home-supplier-4'))).toContain('B1Base one12030');
    expect(text(within(suppliers).getByText('Итого').closest('tr'))).toBe('Итого12037');

    const running = screen.getByTestId('home-import-running-11');
    expect(within(running).getByRole('link', { name: 'Открыть импорт «moscow.csv»' }).getAttribute('href')).toBe('/imports?import=11');
    expect(text(running)).toContain('Карты');
    expect(text(running)).toContain('Прочитано строк: 500 из ~2 000');
    expect(within(running).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25');

    const failed = screen.getByTestId('home-import-failed-12');
    expect(within(failed).getByRole('link', { name: 'Открыть импорт «empty.csv»' }).getAttribute('href')).toBe('/imports?import=12');
    expect(text(failed)).toContain('в пул');
    expect(text(failed)).toContain('файл пустой');
    expect(screen.getByRole('link', { name: 'Все импорты' }).getAttribute('href')).toBe('/imports');

    const atLimit = screen.getByTestId('home-at-limit-3');
    expect(within(atLimit).getByRole('link', { name: 'Карты' }).getAttribute('href')).toBe('/projects?q=%D0%9A%D0%B0%D1%80%D1%82%D1%8B');
    expect(text(atLimit)).toContain('500 из 500');
    const without = screen.getByTestId('home-without-numbers-9');
    expect(within(without).getByRole('link', { name: 'Кредиты СПб' }).getAttribute('href')).toBe(`/projects?q=${encodeURIComponent('Кредиты СПб').replace(/%20/g, '+')}`);
  });

  it("says so when the company's lists are empty", async () => {
    setUp(
      administrator,
      day({ company: { received_by_supplier: [], imports_running: [], imports_failed: [], projects_at_limit: [], projects_without_numbers: [] } }),
    );
    renderWithApp(<HomePage />);
    expect(await screen.findByText('Сегодня номера ещё не поступали')).toBeTruthy();
    expect(screen.getByText('Сейчас импортов нет, за сутки ни один не завершился ошибкой')).toBeTruthy();
    expect(screen.getByText('Ни один проект не достиг дневного лимита')).toBeTruthy();
    expect(screen.getByText('Последнее распределение никого не оставило без номеров')).toBeTruthy();
  });

  it('shows the tiles’ places while loading, and a failure with a retry', async () => {
    const fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: manager },
      { method: 'GET', path: /\/api\/v1\/home$/, status: 503, body: { error: { code: 'SERVICE_UNAVAILABLE', message: '', details: [] } } },
    ]);
    vi.stubGlobal('fetch', fake.fn);
    renderWithApp(<HomePage />);
    expect(screen.getByTestId('home-loading')).toBeTruthy();
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Повторить' })).toBeTruthy();
  });

  it('asks again every minute', () => {
    expect(homeQueryOptions().refetchInterval).toBe(60_000);
  });
});
