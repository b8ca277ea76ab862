import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocation } from 'react-router-dom';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { ExportForm } from './ExportForm';

const me = { user: { id: 1, username: 'manager' }, role: 'manager', permissions: ['exports.create', 'exports.read'] };
const statuses = {
  data: [
    { id: 1, code: 'new', name_ru: 'Новый', name_en: 'New', color: '#1976d2', sort_order: 1 },
    { id: 2, code: 'in_progress', name_ru: 'В работе', name_en: 'In progress', color: '#ef6c00', sort_order: 2 },
  ],
};
const providers = { data: [{ id: 5, code: 'B1', name: 'Base one', type: '', contact: '', is_active: true }] };
const created = { id: 4, job_id: 40, status: 'queued', format: 'csv', filters: {}, filename: 'numbers_2026-02-25_1400.csv' };

function Location() {
  const location = useLocation();
  return <div data-testid="location">{location.search}</div>;
}

describe('ExportForm', () => {
  let fake: ReturnType<typeof fakeFetch>;
  beforeEach(() => {
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: me },
      { method: 'GET', path: /\/api\/v1\/number_statuses/, body: statuses },
      { method: 'GET', path: /\/api\/v1\/providers/, body: providers },
      { method: 'POST', path: /\/api\/v1\/exports$/, status: 201, body: created },
    ]);
    vi.stubGlobal('fetch', fake.fn);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("starts with the URL's filters and sends them with the file's format", async () => {
    const user = userEvent.setup();
    const onStarted = vi.fn();
    renderWithApp(
      <>
        <ExportForm renderProjectPicker={() => null} assignees={[{ id: 1, username: 'manager', isMe: true }]} onStarted={onStarted} />
        <Location />
      </>,
      { route: '/exports?status=2&provider=5&assignee=none&phone=916&page=2' },
    );
    expect(await screen.findByText('В работе')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Телефон' })).toHaveProperty('value', '916');
    await user.click(screen.getByRole('radio', { name: 'Excel (XLSX)' }));
    expect(screen.queryByRole('combobox', { name: 'Разделитель' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Выгрузить' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledTimes(1));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({
      format: 'xlsx',
      language: 'ru',
      filters: { status_id: 2, provider_id: 5, assigned_to: 'none', phone: '916' },
    });
  });

  it('writes a changed filter back into the URL, keeping the page', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <>
        <ExportForm renderProjectPicker={() => null} assignees={[]} onStarted={vi.fn()} />
        <Location />
      </>,
      { route: '/exports?phone=916&page=2' },
    );
    const phone = await screen.findByRole('textbox', { name: 'Телефон' });
    await user.type(phone, '12');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?page=2&phone=91612'));
    await user.click(screen.getByRole('button', { name: 'Сбросить фильтры' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?page=2'));
  });

  it('carries the callbacks and the text search from the URL, back into it and to the server', async () => {
    const user = userEvent.setup();
    const onStarted = vi.fn();
    renderWithApp(
      <>
        <ExportForm renderProjectPicker={() => null} assignees={[]} onStarted={onStarted} />
        <Location />
      </>,
      { route: '/exports?reminder=today&q=%D1%80%D0%BE%D0%BC%D0%B0%D1%88%D0%BA%D0%B0&page=2' },
    );
    const reminder = await screen.findByRole('combobox', { name: 'Перезвонить' });
    expect(reminder.textContent).toBe('Сегодня');
    const text = screen.getByRole('textbox', { name: 'Компания, сайт, комментарий' });
    expect(text).toHaveProperty('value', 'ромашка');

    await user.click(reminder);
    await user.click(await screen.findByRole('option', { name: 'На неделе' }));
    // A space typed at the end stays (the URL written while typing reads back the same).
    await user.type(text, ' x');
    const expected = new URLSearchParams([['page', '2'], ['reminder', 'week'], ['q', 'ромашка x']]);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`?${expected.toString()}`));
    expect(text).toHaveProperty('value', 'ромашка x');

    await user.click(screen.getByRole('button', { name: 'Выгрузить' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledTimes(1));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({
      format: 'csv',
      delimiter: ';',
      language: 'ru',
      filters: { reminder: 'week', q: 'ромашка x' },
    });

    await user.click(screen.getByRole('button', { name: 'Сбросить фильтры' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?page=2'));
    expect(screen.getByRole('combobox', { name: 'Перезвонить' }).textContent).toBe('Любые');
  });

  it('checks the text before sending', async () => {
    const user = userEvent.setup();
    renderWithApp(<ExportForm renderProjectPicker={() => null} assignees={[]} onStarted={vi.fn()} />, { route: '/exports?q=ab' });
    await user.click(await screen.findByRole('button', { name: 'Выгрузить' }));
    expect(await screen.findByText('От 3 до 100 символов')).toBeTruthy();
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it("shows the server's issues with the callbacks and the text under their fields", async () => {
    const user = userEvent.setup();
    const details = [
      { field: 'filters.reminder', issue: 'must be overdue, today or week' },
      { field: 'filters.q', issue: 'give 3 to 100 characters of the company, site or comment' },
    ];
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: me },
      { method: 'GET', path: /\/api\/v1\/number_statuses/, body: statuses },
      { method: 'GET', path: /\/api\/v1\/providers/, body: providers },
      { method: 'POST', path: /\/api\/v1\/exports$/, status: 422, body: { error: { code: 'VALIDATION_ERROR', message: 'Invalid input data', details } } },
    ]);
    vi.stubGlobal('fetch', fake.fn);
    renderWithApp(<ExportForm renderProjectPicker={() => null} assignees={[]} onStarted={vi.fn()} />, { route: '/exports?reminder=overdue&q=acme' });
    await user.click(await screen.findByRole('button', { name: 'Выгрузить' }));
    expect(await screen.findByText('укажите от 3 до 100 символов компании, сайта или комментария')).toBeTruthy();
    expect(screen.getByText('должно быть overdue, today или week')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('checks the phone before sending', async () => {
    const user = userEvent.setup();
    renderWithApp(<ExportForm renderProjectPicker={() => null} assignees={[]} onStarted={vi.fn()} />, { route: '/exports?phone=91' });
    await user.click(await screen.findByRole('button', { name: 'Выгрузить' }));
    expect(await screen.findByText('От 3 до 15 цифр')).toBeTruthy();
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
