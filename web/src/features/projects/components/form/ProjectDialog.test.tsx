import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { ProjectDialog } from './ProjectDialog';

const me = { user: { id: 1, username: 'admin' }, role: 'administrator', permissions: ['all'] };
const providers = { data: [{ id: 1, code: 'B1', name: 'Base one', type: '', contact: '', is_active: true }] };

const validationError = {
  error: {
    code: 'VALIDATION_ERROR',
    message: 'Validation failed',
    details: [
      { field: 'name', issue: 'is already used by another project' },
      { field: 'schedule[0].end_time', issue: 'must be a time from 00:01 to 24:00' },
      { field: 'provider_ids', issue: 'contains an unknown provider' },
      { field: 'color', issue: 'is not a field of projects' },
    ],
  },
};

describe('ProjectDialog', () => {
  let fake: ReturnType<typeof fakeFetch>;
  beforeEach(() => {
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: me },
      { method: 'GET', path: /\/api\/v1\/providers/, body: providers },
      { method: 'POST', path: /\/api\/v1\/projects$/, status: 422, body: validationError },
    ]);
    vi.stubGlobal('fetch', fake.fn);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('checks the form before sending it', async () => {
    const user = userEvent.setup();
    renderWithApp(<ProjectDialog open projectId={null} onClose={vi.fn()} onSaved={vi.fn()} onDeleted={vi.fn()} />);
    await user.click(await screen.findByRole('button', { name: 'Создать' }));
    expect(await screen.findByText('Заполните поле')).toBeTruthy();
    expect(screen.getByText('Активному проекту нужен хотя бы один поставщик')).toBeTruthy();
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it("shows the server's issues under their fields, and the rest above the form", async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    renderWithApp(<ProjectDialog open projectId={null} onClose={vi.fn()} onSaved={onSaved} onDeleted={vi.fn()} />);
    // A paused project needs no providers or geo: only the name is required here.
    await user.click(await screen.findByRole('checkbox', { name: 'Активный' }));
    await user.type(screen.getByRole('textbox', { name: /Название/ }), 'Кредитные карты');
    await user.click(screen.getByRole('checkbox', { name: 'Среда' }));
    await user.click(screen.getByRole('button', { name: 'Добавить интервал: Среда' }));
    await user.click(screen.getByRole('button', { name: 'Создать' }));

    await waitFor(() => expect(screen.getByText('is already used by another project')).toBeTruthy());
    const post = fake.calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({
      name: 'Кредитные карты',
      is_active: false,
      provider_ids: [],
      schedule: [{ weekday: 3, start_time: '09:00', end_time: '18:00' }],
    });
    expect(within(screen.getByTestId('schedule-day-3')).getByText('должно быть временем от 00:01 до 24:00')).toBeTruthy();
    expect(screen.getByText('содержит неизвестного поставщика')).toBeTruthy();
    expect(screen.getAllByRole('alert').some((a) => a.textContent === 'color: is not a field of projects')).toBe(true);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('sends the distribution settings, the sites from a file, and shows their server issues', async () => {
    const user = userEvent.setup();
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: me },
      { method: 'GET', path: /\/api\/v1\/providers/, body: providers },
      {
        method: 'POST',
        path: /\/api\/v1\/projects$/,
        status: 422,
        body: {
          error: {
            code: 'VALIDATION_ERROR',
            message: 'Validation failed',
            details: [
              { field: 'sites[1]', issue: 'is not a domain' },
              { field: 'priority', issue: 'is taken by another project' },
            ],
          },
        },
      },
    ]);
    vi.stubGlobal('fetch', fake.fn);
    renderWithApp(<ProjectDialog open projectId={null} onClose={vi.fn()} onSaved={vi.fn()} onDeleted={vi.fn()} />);
    await user.click(await screen.findByRole('checkbox', { name: 'Активный' }));
    await user.type(screen.getByRole('textbox', { name: /Название/ }), 'Ипотека');

    // Out of range first: the form says so and sends nothing.
    const priority = screen.getByRole('spinbutton', { name: 'Приоритет' });
    await user.clear(priority);
    await user.type(priority, '2000');
    const again = screen.getByRole('spinbutton', { name: 'Можно получить снова через, дней' });
    await user.type(again, '0');
    await user.click(screen.getByRole('button', { name: 'Создать' }));
    expect(await screen.findByText('Целое число от −1000 до 1000')).toBeTruthy();
    expect(screen.getByText('Целое число дней от 1 до 3650')).toBeTruthy();
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);

    await user.clear(priority);
    await user.type(priority, '15');
    await user.clear(again);
    await user.type(again, '90');
    await user.type(screen.getByRole('spinbutton', { name: 'Возвращать необработанные в пул через, дней' }), '14');
    await user.click(screen.getByRole('checkbox', { name: 'Сначала старые' }));
    await user.click(screen.getByRole('button', { name: 'Исключить' }));
    await user.type(screen.getByRole('textbox', { name: 'Домены, по одному в строке' }), 'typed.ru');
    // A file replaces what was typed: one domain a line, blanks and repeats dropped.
    const file = new File(['spam.ru\r\n\nads.example.com\nspam.ru\n'], 'stop.txt', { type: 'text/plain' });
    await user.upload(screen.getByTestId('sites-file-input'), file);
    expect(await screen.findByText(/Из файла «stop.txt» загружено доменов: 2/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Создать' }));

    await waitFor(() => expect(fake.calls.some((c) => c.method === 'POST')).toBe(true));
    const post = fake.calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({
      name: 'Ипотека',
      priority: 15,
      oldest_first: true,
      sites_mode: 'exclude',
      sites: ['spam.ru', 'ads.example.com'],
      receive_again_after_days: 90,
      return_unworked_after_days: 14,
    });
    expect(await screen.findByText('is not a domain')).toBeTruthy();
    expect(screen.getByText('is taken by another project')).toBeTruthy();
  });

  it("shows the route's distribution hint for an existing project only", async () => {
    const detail = {
      id: 7,
      name: 'Ипотека',
      tag: 'mortgage',
      type: 'Заказ',
      description: '',
      is_active: true,
      daily_limit: 0,
      providers: providers.data,
      geo: [],
      schedule: [],
    };
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: me },
      { method: 'GET', path: /\/api\/v1\/providers/, body: providers },
      { method: 'GET', path: /\/api\/v1\/projects\/7$/, body: detail },
    ]);
    vi.stubGlobal('fetch', fake.fn);
    const hint = (id: number) => <span>hint for {id}</span>;
    const { unmount } = renderWithApp(
      <ProjectDialog open projectId={7} onClose={vi.fn()} onSaved={vi.fn()} onDeleted={vi.fn()} renderDistributionHint={hint} />,
    );
    const section = (await screen.findByText('Распределение номеров из пула')).closest('fieldset');
    expect(section && within(section).getByText('hint for 7')).toBeTruthy();
    unmount();
    renderWithApp(<ProjectDialog open projectId={null} onClose={vi.fn()} onSaved={vi.fn()} onDeleted={vi.fn()} renderDistributionHint={hint} />);
    expect(await screen.findByText('Распределение номеров из пула')).toBeTruthy();
    expect(screen.queryByText(/hint for/)).toBeNull();
  });

  it("keeps what the project receives read-only without projects.settings, and sends only the project's own fields", async () => {
    const user = userEvent.setup();
    const manager = { user: { id: 2, username: 'manager_1' }, role: 'manager', permissions: ['projects.read', 'projects.update'] };
    const detail = {
      id: 7,
      name: 'Ипотека',
      tag: 'mortgage',
      type: 'Заказ',
      description: '',
      is_active: true,
      daily_limit: 500,
      providers: providers.data,
      geo: [{ id: 3, name: 'Москва', name_en: 'Moscow', country: 'RU', region: 'MOW', timezone: 'Europe/Moscow' }],
      schedule: [],
    };
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: manager },
      { method: 'GET', path: /\/api\/v1\/providers/, body: providers },
      { method: 'GET', path: /\/api\/v1\/projects\/7$/, body: detail },
      { method: 'PATCH', path: /\/api\/v1\/projects\/7$/, body: { ...detail, description: 'звонить после 10' } },
    ]);
    vi.stubGlobal('fetch', fake.fn);
    renderWithApp(<ProjectDialog open projectId={7} onClose={vi.fn()} onSaved={vi.fn()} onDeleted={vi.fn()} />);
    expect(await screen.findByText(/меняет администратор/)).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('spinbutton', { name: /Лимит в день/ }).disabled).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Активный' }).disabled).toBe(true);
    await user.type(screen.getByRole('textbox', { name: /Описание/ }), 'звонить после 10');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = fake.calls.find((c) => c.method === 'PATCH');
    expect(patch?.body).toEqual({ name: 'Ипотека', tag: 'mortgage', type: 'Заказ', description: 'звонить после 10' });
    expect(fake.calls.some((c) => c.method === 'PUT')).toBe(false);
  });
});
