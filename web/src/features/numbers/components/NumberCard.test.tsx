import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderWithApp, type FakeRoute } from '@/testing/render';
import { ADMIN, cardOf, MANAGER, STATUSES } from './card/test-fixtures';
import { NumberCard } from './NumberCard';
import { readNumberListState, toNextParams } from './number-list-params';

const FIRST = cardOf(1, '+79161234501', { comment: 'из выгрузки' });
const SECOND = cardOf(2, '+79161234502');

interface Setup {
  me?: unknown;
  first?: unknown;
  patch?: Partial<FakeRoute>;
  next?: unknown;
  list?: string;
}

/** The card as the numbers screen shows it: "next" replaces the number shown. */
function Harness({ list, onNavigate }: { list: string; onNavigate: (id: number) => void }) {
  const [id, setId] = useState<number | null>(1);
  return (
    <NumberCard
      numberId={id}
      statuses={STATUSES}
      canEdit
      nextParams={toNextParams(readNumberListState(new URLSearchParams(list)))}
      onNavigate={(next) => {
        onNavigate(next);
        setId(next);
      }}
      onClose={() => setId(null)}
    />
  );
}

function setup({ me = MANAGER, first = FIRST, patch, next = { data: SECOND }, list = '' }: Setup = {}) {
  const notes: FakeRoute = { method: 'GET', path: /\/phone_numbers\/1\/notes/, body: { data: [], total: 0 } };
  const fake = fakeFetch([
    { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: me },
    { method: 'GET', path: /\/api\/v1\/projects\/3\/members$/, body: { data: [
      { user_id: 1, username: 'admin', email: null, status: 'active', added_at: '2026-01-01T00:00:00Z' },
      { user_id: 7, username: 'anna', email: null, status: 'active', added_at: '2026-01-01T00:00:00Z' },
      { user_id: 8, username: 'boris', email: null, status: 'active', added_at: '2026-01-01T00:00:00Z' },
    ] } },
    notes,
    { method: 'GET', path: /\/phone_numbers\/2\/notes/, body: { data: [], total: 0 } },
    { method: 'GET', path: /\/phone_numbers\/1\/next/, body: next },
    { method: 'GET', path: /\/phone_numbers\/1$/, body: first },
    { method: 'GET', path: /\/phone_numbers\/2$/, body: SECOND },
    { method: 'GET', path: /\/phone_numbers\?/, body: { data: [], pagination: { limit: 50, has_next: false, next_cursor: null, total: 0, total_is_estimate: false } } },
    { method: 'PATCH', path: /\/phone_numbers\/1$/, body: first, ...patch },
  ]);
  vi.stubGlobal('fetch', fake.fn);
  const onNavigate = vi.fn();
  const user = userEvent.setup();
  renderWithApp(<Harness list={list} onNavigate={onNavigate} />);
  const patches = () => fake.calls.filter((c) => c.method === 'PATCH');
  return { fake, notes, user, onNavigate, patches };
}

const card = () => screen.getByRole('dialog', { name: 'Карточка номера' });
const ctrlEnter = '{Control>}{Enter}{/Control}';

describe('the number card', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('shows the phone grouped, a tel: link, the callee\'s time and the comment from the file', async () => {
    setup();
    expect(await screen.findByRole('heading', { name: '+7 916 123-45-01' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Позвонить' }).getAttribute('href')).toBe('tel:+79161234501');
    expect(screen.getByTestId('callee-clock').textContent).toMatch(/^у абонента \d\d:\d\d, Новосибирск$/);
    const history = await screen.findByTestId('note-history');
    expect(within(history).getByText('из выгрузки')).toBeTruthy();
    expect(within(history).getByText(/^из файла · /)).toBeTruthy();
    expect(screen.getByTestId('no-calls').textContent).toBe('Звонков пока не было.');
  });

  it('saves a new note as the comment and shows it in the history', async () => {
    const { user, notes, patches } = setup();
    await screen.findByTestId('note-history');
    await user.click(screen.getByRole('textbox', { name: 'Новая заметка' }));
    await user.paste('Просил перезвонить после 15:00');
    notes.body = {
      data: [
        { id: 11, body: 'Просил перезвонить после 15:00', author_id: 7, author_username: 'anna', created_at: '2026-12-03T12:05:00Z' },
        { id: 10, body: 'из выгрузки', author_id: null, author_username: null, created_at: '2026-12-01T09:00:00Z' },
      ],
      total: 2,
    };
    await user.keyboard(ctrlEnter);
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]!.body).toEqual({ comment: 'Просил перезвонить после 15:00' });
    const history = screen.getByTestId('note-history');
    await waitFor(() => expect(within(history).getByText('Просил перезвонить после 15:00')).toBeTruthy());
    expect(within(history).getByText(/^anna · /)).toBeTruthy();
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Новая заметка' }).value).toBe('');
  });

  it("shows the server's 422 under its field", async () => {
    const { user, patches } = setup({
      patch: {
        status: 422,
        body: { error: { code: 'VALIDATION_ERROR', message: 'Invalid input data', details: [{ field: 'email', issue: 'must be a valid email address' }] } },
      },
    });
    const email = await screen.findByRole('textbox', { name: 'Эл. почта' });
    await user.clear(email);
    await user.paste('info.romashka.ru');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]!.body).toEqual({ email: 'info.romashka.ru' });
    expect(await screen.findByText('должно быть корректным адресом электронной почты')).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Не сохранено: исправьте отмеченные поля.')).toBeTruthy();
  });

  it('sends the quick pick "завтра 10:00" as that moment, and shows it in both times', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 3, 15, 37, 20) });
    const { user, patches } = setup();
    await user.click(await screen.findByRole('button', { name: 'завтра 10:00' }));
    expect(screen.getByLabelText<HTMLInputElement>('Дата и время').value).toBe('2026-12-04T10:00');
    expect(screen.getByTestId('reminder-times').textContent).toMatch(/^у вас .*10:00 · у абонента .*\d\d:00$/);
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]!.body).toEqual({ reminder_at: new Date(2026, 11, 4, 10, 0, 0).toISOString() });
  });

  it('sends "через 1 час" and "через 3 дня" from now, in whole minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 3, 15, 37, 20) });
    const { user, patches } = setup();
    await user.click(await screen.findByRole('button', { name: 'через 3 дня' }));
    await user.click(screen.getByRole('button', { name: 'через 1 час' }));
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]!.body).toEqual({ reminder_at: new Date(2026, 11, 3, 16, 37, 0).toISOString() });
  });

  it('sets the n-th status with its digit, outside the text fields', async () => {
    const { user, patches } = setup();
    await screen.findByRole('heading', { name: '+7 916 123-45-01' });
    expect(screen.getByRole('radio', { name: 'Новый' }).getAttribute('aria-checked')).toBe('true');
    await user.keyboard('3');
    expect(screen.getByRole('radio', { name: 'Не отвечает' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('radio', { name: 'Не отвечает' }).getAttribute('aria-keyshortcuts')).toBe('3');
    // In the note a digit is a digit.
    await user.type(screen.getByRole('textbox', { name: 'Новая заметка' }), 'в 2');
    expect(screen.getByRole('radio', { name: 'Не отвечает' }).getAttribute('aria-checked')).toBe('true');
    await user.keyboard(ctrlEnter);
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]!.body).toEqual({ status_id: 3, comment: 'в 2' });
  });

  it("opens the next number of the list it came from (its filters and sort), saving first", async () => {
    const { user, fake, onNavigate, patches } = setup({ list: 'project=3&assignee=7&reminder=today&sort=reminder_at&page=2&cursor=abc' });
    await screen.findByRole('heading', { name: '+7 916 123-45-01' });
    await user.keyboard('2');
    await user.keyboard('n');
    await waitFor(() => expect(onNavigate).toHaveBeenCalledWith(2));
    expect(patches().map((c) => c.body)).toEqual([{ status_id: 2 }]);
    const next = fake.calls.find((c) => c.url.includes('/next'));
    const url = new URL(next!.url, 'http://x');
    expect(url.pathname).toBe('/api/v1/phone_numbers/1/next');
    expect(Object.fromEntries(url.searchParams)).toEqual({ project_id: '3', assigned_to: '7', reminder: 'today', sort: 'reminder_at' });
    expect(await screen.findByRole('heading', { name: '+7 916 123-45-02' })).toBeTruthy();
    expect(within(card()).getByRole('radio', { name: 'Новый' }).getAttribute('aria-checked')).toBe('true');
  });

  it('says so when there is no next number', async () => {
    const { user, onNavigate } = setup({ next: { data: null } });
    await screen.findByRole('heading', { name: '+7 916 123-45-01' });
    await user.click(screen.getByRole('button', { name: 'Следующий номер' }));
    expect((await screen.findByTestId('card-last')).textContent).toBe('Это последний номер списка: дальше номеров нет.');
    expect(onNavigate).not.toHaveBeenCalled();
  });

  it("offers the project's members and oneself, and shows a refusal to assign under the field", async () => {
    const { user, patches } = setup({
      me: ADMIN,
      patch: {
        status: 422,
        body: { error: { code: 'VALIDATION_ERROR', message: 'Invalid input data', details: [{ field: 'assigned_to', issue: "is not a member of the number's project" }] } },
      },
    });
    await user.click(await screen.findByRole('combobox', { name: 'Ответственный' }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Не закреплён', 'admin (вы)', 'anna', 'boris']);
    await user.click(screen.getByRole('option', { name: 'boris' }));
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]!.body).toEqual({ assigned_to: 8 });
    expect(await screen.findByText('не участник проекта этого номера')).toBeTruthy();
  });

  it("keeps a colleague's number theirs without the right to reassign, and says why", async () => {
    setup({ first: cardOf(1, '+79161234501', { assigned_to: 8, assigned_username: 'boris' }) });
    const select = await screen.findByRole('combobox', { name: 'Ответственный' });
    expect(select.getAttribute('aria-disabled')).toBe('true');
    expect(select.textContent).toBe('boris');
    expect(screen.getByRole('button', { name: 'Мне' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/Номер закреплён за коллегой/)).toBeTruthy();
  });

  it('explains a 403 on taking a number a colleague took meanwhile', async () => {
    const { user, patches } = setup({
      first: cardOf(1, '+79161234501', { assigned_to: null, assigned_username: null }),
      patch: { status: 403, body: { error: { code: 'FORBIDDEN', message: 'The number is assigned to a colleague', details: [] } } },
    });
    await user.click(await screen.findByRole('button', { name: 'Мне' }));
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]!.body).toEqual({ assigned_to: 7 });
    expect(await screen.findAllByText(/Номер закреплён за коллегой: сменить ответственного может только тот/)).toHaveLength(2);
  });

  it('asks before closing with unsaved changes', async () => {
    const { user } = setup();
    await user.type(await screen.findByRole('textbox', { name: 'Новая заметка' }), 'черновик');
    await user.click(within(card()).getByRole('button', { name: 'Закрыть' }));
    const ask = await screen.findByRole('dialog', { name: 'Несохранённые изменения' });
    await user.click(within(ask).getByRole('button', { name: 'Отмена' }));
    await waitFor(() => expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Новая заметка' }).value).toBe('черновик'));
  });
});
