import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { AuditLogPage, AuditRecord, User } from '@/lib/api-types';
import { fakeFetch, renderWithApp, type FakeRoute } from '@/testing/render';
import { AuditPage } from './AuditPage';

function record(id: number, fields: Partial<AuditRecord>): AuditRecord {
  return {
    id,
    timestamp: '2026-03-02T09:15:07.123Z',
    actor_type: 'user',
    user_id: 1,
    username: 'admin',
    on_behalf_of: null,
    action: 'update',
    entity_type: 'project',
    entity_id: '5',
    changes: {},
    ip_address: '10.0.0.7',
    user_agent: 'Mozilla/5.0 (X11; Linux x86_64) Test',
    request_id: `req-${id}`,
    ...fields,
  };
}

const updated = record(42, {
  changes: { daily_limit: { old: 500, new: 700 }, name: { old: 'Alpha', new: 'Beta' }, is_active: { old: true, new: false } },
});
const exported = record(41, {
  actor_type: 'system',
  user_id: null,
  username: null,
  on_behalf_of: 1,
  action: 'export',
  entity_type: 'export',
  entity_id: '9',
  changes: { rows: 120 },
  ip_address: null,
  user_agent: null,
  request_id: null,
});
const failedLogin = record(40, {
  actor_type: 'anonymous',
  user_id: null,
  username: null,
  action: 'login_failed',
  entity_type: 'user',
  entity_id: null,
  changes: { username: 'mallory' },
});
const older = record(39, { action: 'create', changes: { name: { old: null, new: 'Alpha' } } });

const firstPage: AuditLogPage = { data: [updated, exported, failedLogin], pagination: { limit: 100, has_next: true, next_cursor: '40' } };
const lastPage: AuditLogPage = { data: [older], pagination: { limit: 100, has_next: false, next_cursor: null } };

function user(id: number, username: string): User {
  return {
    id,
    username,
    email: null,
    role: 'administrator',
    status: 'active',
    last_login_at: null,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
  };
}
const users = { data: [user(1, 'admin'), user(3, 'olga')], pagination: { total: 2, limit: 500, offset: 0, has_next: false } };

const routes = (page: AuditLogPage | FakeRoute): FakeRoute[] => [
  { method: 'GET', path: /\/api\/v1\/audit_log\?.*cursor=40/, body: lastPage },
  'method' in page ? page : { method: 'GET', path: /\/api\/v1\/audit_log\?/, body: page },
  { method: 'GET', path: /\/api\/v1\/audit_log\/export\?/, body: 'id,время' },
  { method: 'GET', path: /\/api\/v1\/users\?/, body: users },
];

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

function logCalls(fake: ReturnType<typeof fakeFetch>) {
  return fake.calls.filter((c) => c.url.includes('/api/v1/audit_log?')).map((c) => Object.fromEntries(new URL(c.url, 'http://x').searchParams));
}

/** Spaces as the eye sees them. */
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

function renderPage(route: string) {
  return renderWithApp(
    <>
      <AuditPage />
      <Location />
    </>,
    { route },
  );
}

describe('AuditPage', () => {
  let fake: ReturnType<typeof fakeFetch>;
  beforeEach(() => {
    fake = fakeFetch(routes(firstPage));
    vi.stubGlobal('fetch', fake.fn);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows who did what to which object, and a summary of the changes', async () => {
    renderPage('/audit');
    const row = await screen.findByTestId('audit-row-42');
    const cells = within(row).getAllByRole('cell').map((cell) => text(cell));
    expect(cells[1]).toMatch(/^02\.03\.2026, \d\d:15:07$/);
    expect(cells.slice(2)).toEqual(['admin', 'Изменение', 'Проект #5', 'daily_limit, name, is_active']);

    // A job: "Система (по поручению …)" with the name of the user it acted for.
    await waitFor(() => expect(text(within(screen.getByTestId('audit-row-41')).getAllByRole('cell')[2])).toBe('Система (по поручению admin)'));
    expect(text(screen.getByTestId('audit-row-41'))).toContain('Экспорт #9');
    expect(text(screen.getByTestId('audit-row-41'))).toContain('rows: 120');
    const anonymous = within(screen.getByTestId('audit-row-40')).getAllByRole('cell').map((cell) => text(cell));
    expect(anonymous.slice(2)).toEqual(['Аноним', 'Неудачный вход', 'Пользователь', 'username: mallory']);

    expect(screen.getByRole('heading', { name: 'Журнал аудита' })).toBeTruthy();
    expect(logCalls(fake)[0]).toEqual({ limit: '100' });
  });

  it('sends the filters of a link and shows them in the fields', async () => {
    renderPage('/audit?user_id=3&action=update&entity_type=project&entity_id=5&date_from=2026-01-01&date_to=2026-01-31');
    await screen.findByTestId('audit-row-42');
    expect(logCalls(fake)[0]).toEqual({
      user_id: '3',
      action: 'update',
      entity_type: 'project',
      entity_id: '5',
      date_from: '2026-01-01',
      date_to: '2026-01-31',
      limit: '100',
    });
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Действие' }).value).toBe('Изменение');
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Тип объекта' }).value).toBe('Проект');
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'ID объекта' }).value).toBe('5');
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Пользователь' }).value).toBe('olga'));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'С даты' }).value.replace(/[^\d.]/g, '')).toBe('01.01.2026');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'По дату' }).value.replace(/[^\d.]/g, '')).toBe('31.01.2026');
  });

  it('writes the chosen filters to the URL and asks the server again', async () => {
    const u = userEvent.setup();
    renderPage('/audit');
    await screen.findByTestId('audit-row-42');

    await u.click(screen.getByRole('combobox', { name: 'Действие' }));
    await u.click(await screen.findByRole('option', { name: /Изменение/ }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?action=update'));
    await waitFor(() => expect(logCalls(fake).at(-1)).toEqual({ action: 'update', limit: '100' }));

    // Typing finds an object type by its name.
    await u.type(screen.getByRole('combobox', { name: 'Тип объекта' }), 'проект');
    await u.click(await screen.findByRole('option', { name: /^Проект project$/ }));
    await u.type(screen.getByRole('searchbox', { name: 'ID объекта' }), '5');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?action=update&entity_type=project&entity_id=5'));

    await u.click(screen.getByRole('combobox', { name: 'Пользователь' }));
    await u.click(await screen.findByRole('option', { name: 'olga' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?user_id=3&action=update&entity_type=project&entity_id=5'));
    await waitFor(() =>
      expect(logCalls(fake).at(-1)).toEqual({ user_id: '3', action: 'update', entity_type: 'project', entity_id: '5', limit: '100' }),
    );

    await u.click(screen.getByRole('button', { name: 'Сбросить фильтры' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(''));
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'ID объекта' }).value).toBe('');
    await waitFor(() => expect(logCalls(fake).at(-1)).toEqual({ limit: '100' }));
  });

  it('opens a record to show each field old → new, and where the request came from', async () => {
    const u = userEvent.setup();
    renderPage('/audit');
    const row = await screen.findByTestId('audit-row-42');
    expect(screen.queryByTestId('audit-details-42')).toBeNull();

    const toggle = within(row).getByRole('button', { name: 'Показать подробности' });
    await u.click(toggle);
    const details = await screen.findByTestId('audit-details-42');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const change = (field: string) => within(details).getByTestId(`audit-change-${field}`);
    const cells = (field: string) => within(change(field)).getAllByRole('cell').map((c) => text(c));
    expect(within(details).getAllByRole('columnheader').map((c) => text(c))).toEqual(['Поле', 'Было', 'Стало']);
    expect(cells('daily_limit')).toEqual(['daily_limit', '500', '700']);
    expect(cells('name')).toEqual(['name', 'Alpha', 'Beta']);
    expect(cells('is_active')).toEqual(['is_active', 'Да', 'Нет']);
    // The arrow between them is for the eye only.
    expect(text(change('daily_limit'))).toBe('daily_limit500→700');
    expect(text(details)).toContain('10.0.0.7');
    expect(text(details)).toContain('Mozilla/5.0 (X11; Linux x86_64) Test');
    expect(text(details)).toContain('req-42');

    await u.click(within(row).getByRole('button', { name: 'Скрыть подробности' }));
    await waitFor(() => expect(screen.queryByTestId('audit-details-42')).toBeNull());

    // A job's record names whom it acted for; a click on the row opens it too.
    await u.click(screen.getByTestId('audit-row-41'));
    const job = await screen.findByTestId('audit-details-41');
    expect(text(within(job).getByText('По поручению').nextElementSibling)).toBe('admin');
    expect(text(within(job).getByText('IP-адрес').nextElementSibling)).toBe('—');
    expect(within(job).getAllByRole('row').map((r) => [...r.querySelectorAll('th, td')].map((c) => text(c)))).toEqual([
      ['Поле', 'Значение'],
      ['rows', '120'],
    ]);
  });

  it('loads the next page from next_cursor, keeping the filters', async () => {
    const u = userEvent.setup();
    renderPage('/audit?entity_type=project');
    await screen.findByTestId('audit-row-42');
    expect(text(screen.getByTestId('audit-shown'))).toBe('Показано записей: 3');

    await u.click(screen.getByRole('button', { name: 'Показать ещё' }));
    await screen.findByTestId('audit-row-39');
    expect(logCalls(fake).at(-1)).toEqual({ entity_type: 'project', limit: '100', cursor: '40' });
    expect(logCalls(fake).every((c) => !('offset' in c))).toBe(true);
    // The first rows stay; the last page says it was the last.
    expect(screen.getAllByTestId(/^audit-row-/).map((r) => r.dataset.testid)).toEqual(['audit-row-42', 'audit-row-41', 'audit-row-40', 'audit-row-39']);
    expect(text(screen.getByTestId('audit-shown'))).toBe('Показаны все записи: 4');
    expect(screen.queryByRole('button', { name: 'Показать ещё' })).toBeNull();
  });

  it("shows a refused filter's issue under its field", async () => {
    fake = fakeFetch(
      routes({
        method: 'GET',
        path: /\/api\/v1\/audit_log\?/,
        status: 422,
        body: {
          error: {
            code: 'VALIDATION_ERROR',
            message: 'Invalid input data',
            details: [{ field: 'date_from', issue: 'must be a date (YYYY-MM-DD) or an ISO 8601 timestamp' }],
          },
        },
      }),
    );
    vi.stubGlobal('fetch', fake.fn);
    renderPage('/audit?date_from=2026-02-30');
    expect(await screen.findByText('Исправьте фильтры, отмеченные красным.')).toBeTruthy();
    const input = screen.getByRole('textbox', { name: 'С даты' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const helper = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(text(helper)).toBe('должно быть датой (ГГГГ-ММ-ДД) или временем ISO 8601');
    expect(screen.getByRole('textbox', { name: 'По дату' }).getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Выгрузить в CSV' }).disabled).toBe(true);
  });

  it('says when nothing matches, and explains a failure', async () => {
    fake = fakeFetch(routes({ data: [], pagination: { limit: 100, has_next: false, next_cursor: null } }));
    vi.stubGlobal('fetch', fake.fn);
    const { unmount } = renderPage('/audit?entity_id=777');
    expect(await screen.findByText('Нет записей по этим фильтрам')).toBeTruthy();
    expect(screen.queryByTestId('audit-shown')).toBeNull();
    unmount();

    fake = fakeFetch(
      routes({ method: 'GET', path: /\/api\/v1\/audit_log\?/, status: 500, body: { error: { code: 'INTERNAL_ERROR', message: 'Internal server error', details: [] } } }),
    );
    vi.stubGlobal('fetch', fake.fn);
    renderPage('/audit');
    const alert = await screen.findByRole('alert');
    expect(text(alert)).toContain('Ошибка на сервере. Повторите попытку позже.');
    expect(within(alert).getByRole('button', { name: 'Повторить' })).toBeTruthy();
  });

  it('downloads the filtered log as CSV with its header in the UI language', async () => {
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
    onTestFinished(() => click.mockRestore());
    const u = userEvent.setup();
    renderPage('/audit?entity_type=project&entity_id=5');
    await screen.findByTestId('audit-row-42');
    await u.click(screen.getByRole('button', { name: 'Выгрузить в CSV' }));
    expect(await screen.findByText('Файл «audit_log.csv» загружен')).toBeTruthy();
    const call = fake.calls.find((c) => c.url.includes('/api/v1/audit_log/export?'));
    expect(Object.fromEntries(new URL(call?.url ?? '', 'http://x').searchParams)).toEqual({
      entity_type: 'project',
      entity_id: '5',
      language: 'ru',
    });
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('speaks English when asked, the export included', async () => {
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
    onTestFinished(() => click.mockRestore());
    const u = userEvent.setup();
    renderWithApp(
      <>
        <English />
        <AuditPage />
      </>,
      { route: '/audit' },
    );
    expect(await screen.findByRole('heading', { name: 'Audit log' })).toBeTruthy();
    await waitFor(() => expect(text(screen.getByTestId('audit-row-41'))).toContain('System (on behalf of admin)'));
    expect(text(screen.getByTestId('audit-row-40'))).toContain('Anonymous');
    expect(text(screen.getByTestId('audit-row-42'))).toMatch(/^02\/03\/2026, \d\d:15:07adminUpdateProject #5daily_limit, name, is_active$/);
    expect(screen.getByRole('button', { name: 'Show more' })).toBeTruthy();
    await u.click(screen.getByRole('button', { name: 'Export to CSV' }));
    expect(await screen.findByText('File “audit_log.csv” downloaded')).toBeTruthy();
    const call = fake.calls.find((c) => c.url.includes('/api/v1/audit_log/export?'));
    expect(new URL(call?.url ?? '', 'http://x').searchParams.get('language')).toBe('en');
  });
});
