import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/testing/render';
import { sseFrame } from '@/testing/event-stream';
import { CallPopups } from './CallPopups';
import { callOf, fakeServer, knownOf, numberOf, OPERATOR, STATUSES, type Route } from './test-fixtures';

function Location() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

/** The signed-in operator with extension 101, and the server's other answers. */
interface Options {
  me?: unknown;
  softphone?: { extension: string | null; click_to_call: boolean };
}

function setup(routes: Route[] = [], { me = OPERATOR, softphone = { extension: '101', click_to_call: false } }: Options = {}) {
  const server = fakeServer([
    { method: 'GET', path: /\/api\/v1\/auth\/me$/, answer: { body: me } },
    { method: 'GET', path: /\/api\/v1\/softphone\/me$/, answer: { body: softphone } },
    { method: 'GET', path: /\/api\/v1\/number_statuses$/, answer: { body: { data: STATUSES } } },
    { method: 'GET', path: /\/api\/v1\/softphone\/calls\/live$/, answer: 'stream' },
    ...routes,
  ]);
  const user = userEvent.setup();
  renderWithApp(
    <>
      <CallPopups />
      <Location />
    </>,
  );
  const stream = async () => {
    await waitFor(() => expect(server.streams).toHaveLength(1));
    return server.streams[0]!;
  };
  return { ...server, user, stream };
}

const panel = () => screen.getByTestId('call-panel');

afterEach(() => vi.unstubAllGlobals());

describe("the operator's call pop-up", { timeout: 20_000 }, () => {
  it('shows a streamed call with its number, and follows it as it is answered and ends', async () => {
    const { stream, asked } = setup();
    const live = await stream();
    expect(asked('GET', /\/softphone\/calls\/live$/)[0]!.accept).toBe('text/event-stream');

    const text = sseFrame('call', callOf());
    live.send(': keep-alive\n\n' + text.slice(0, 40));
    live.send(text.slice(40));
    const shown = await screen.findByTestId('call-panel');
    expect(within(shown).getByRole('heading', { level: 2 }).textContent).toBe('Входящий звонок: +7 916 123-45-67');
    expect(within(shown).getByTestId('call-state').textContent).toBe('Звонок…');
    expect(within(shown).getByRole('heading', { name: 'Кредитные карты' })).toBeTruthy();
    expect(within(shown).getByText('ООО Ромашка')).toBeTruthy();
    expect(within(shown).getByTestId('call-number-status').textContent).toBe('Новый');
    expect(within(shown).getByText('Просили перезвонить после обеда')).toBeTruthy();
    expect(within(shown).getByTestId('call-last-calls').textContent).toContain('1:05');
    expect(within(shown).getByTestId('call-last-calls').textContent).toContain('разговор');

    live.send(sseFrame('call', callOf({ state: 'answered', answered_at: '2026-03-02T09:00:10Z' })));
    await waitFor(() => expect(within(panel()).getByTestId('call-state').textContent).toBe('Разговор'));
    live.send(sseFrame('call', callOf({ state: 'ended', outcome: 'no_answer', duration: 0 })));
    await waitFor(() => expect(within(panel()).getByTestId('call-state').textContent).toBe('Завершён: не ответили'));
    expect(screen.getAllByTestId('call-panel')).toHaveLength(1);
  });

  it('stacks several calls, newest on top, each closed on its own', async () => {
    const { stream, user } = setup();
    const live = await stream();
    live.send(sseFrame('call', callOf()) + sseFrame('call', callOf({ id: 13, phone_number: '+79035550011', direction: 'outbound', numbers: [] })));
    await waitFor(() => expect(screen.getAllByTestId('call-panel')).toHaveLength(2));
    const [top, bottom] = screen.getAllByTestId('call-panel');
    expect(top!.getAttribute('data-call-id')).toBe('13');
    expect(within(top!).getByTestId('call-phone').textContent).toContain('+7 903 555-00-11');
    expect(bottom!.getAttribute('data-call-id')).toBe('12');

    await user.click(within(top!).getByRole('button', { name: 'Закрыть: +7 903 555-00-11' }));
    await waitFor(() => expect(screen.getAllByTestId('call-panel')).toHaveLength(1));
    // A closed call does not come back with its next event.
    live.send(sseFrame('call', callOf({ id: 13, state: 'ended', numbers: [] })));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getAllByTestId('call-panel').map((p) => p.getAttribute('data-call-id'))).toEqual(['12']);
  });

  it('saves the status, a note and a callback in one request, and closes', async () => {
    const saved = numberOf(5, { status_id: 4, status_code: 'callback' });
    const { stream, user, asked } = setup([{ method: 'PATCH', path: /\/api\/v1\/phone_numbers\/5$/, answer: { body: saved } }]);
    (await stream()).send(sseFrame('call', callOf({ state: 'answered' })));
    const shown = await screen.findByTestId('call-panel');

    await user.click(within(shown).getByRole('combobox', { name: 'Статус' }));
    await user.click(await screen.findByRole('option', { name: 'Перезвонить' }));
    await user.type(within(shown).getByRole('textbox', { name: 'Заметка' }), 'Перезвонить в пятницу');
    const before = Date.now();
    await user.click(within(shown).getByRole('button', { name: 'через 1 час' }));
    await user.click(within(shown).getByRole('button', { name: 'Сохранить' }));

    await waitFor(() => expect(screen.queryByTestId('call-panel')).toBeNull());
    const patches = asked('PATCH', /\/phone_numbers\/5$/);
    expect(patches).toHaveLength(1);
    const body = patches[0]!.body as { status_id: number; comment: string; reminder_at: string };
    expect(body).toMatchObject({ status_id: 4, comment: 'Перезвонить в пятницу' });
    const inHour = Date.parse(body.reminder_at) - before;
    expect(inHour).toBeGreaterThan(58 * 60_000);
    expect(inHour).toBeLessThan(61 * 60_000);
  });

  it("shows the server's issues under the fields, and sends only what changed", async () => {
    const { stream, user, asked } = setup([
      {
        method: 'PATCH',
        path: /\/api\/v1\/phone_numbers\/5$/,
        answer: {
          status: 422,
          body: { error: { code: 'VALIDATION_ERROR', message: 'Invalid input data', details: [{ field: 'comment', issue: 'must be at most 5000 characters' }] } },
        },
      },
    ]);
    (await stream()).send(sseFrame('call', callOf()));
    const shown = await screen.findByTestId('call-panel');

    await user.click(within(shown).getByRole('button', { name: 'Сохранить' }));
    expect(await within(shown).findByText(/Нет изменений/)).toBeTruthy();
    expect(asked('PATCH', /phone_numbers/)).toHaveLength(0);

    await user.type(within(shown).getByRole('textbox', { name: 'Заметка' }), 'длинно');
    await user.click(within(shown).getByRole('button', { name: 'Сохранить' }));
    expect(await within(shown).findByText('должно содержать не более 5000 символов')).toBeTruthy();
    expect(asked('PATCH', /phone_numbers/)[0]!.body).toEqual({ comment: 'длинно' });
    expect(screen.getByTestId('call-panel')).toBeTruthy();
  });

  it('with several numbers, shows one result form at a time and closes after the last', async () => {
    const other = numberOf(6, { project_id: 4, project_name: 'Ипотека 2026', comment: null });
    const { stream, user, asked } = setup([
      { method: 'PATCH', path: /\/api\/v1\/phone_numbers\/5$/, answer: { body: numberOf(5) } },
      { method: 'PATCH', path: /\/api\/v1\/phone_numbers\/6$/, answer: { body: other } },
    ]);
    (await stream()).send(sseFrame('call', callOf({ numbers: [knownOf(numberOf(5)), knownOf(other)] })));
    const shown = await screen.findByTestId('call-panel');
    const [first, second] = within(shown).getAllByTestId('call-number');
    expect(within(first!).getByTestId('call-result-form')).toBeTruthy();
    expect(within(second!).queryByTestId('call-result-form')).toBeNull();

    await user.type(within(first!).getByRole('textbox', { name: 'Заметка' }), 'Первый');
    await user.click(within(first!).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(within(first!).getByText('Сохранено')).toBeTruthy());
    expect(within(second!).getByTestId('call-result-form')).toBeTruthy();
    await user.type(within(second!).getByRole('textbox', { name: 'Заметка' }), 'Второй');
    await user.click(within(second!).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(screen.queryByTestId('call-panel')).toBeNull());
    expect(asked('PATCH', /phone_numbers/).map((r) => r.body)).toEqual([{ comment: 'Первый' }, { comment: 'Второй' }]);
  });

  it('opens the number card from the panel', async () => {
    const { stream, user } = setup();
    (await stream()).send(sseFrame('call', callOf()));
    await user.click(await screen.findByRole('button', { name: 'Открыть карточку' }));
    expect(screen.getByTestId('location').textContent).toBe('/numbers?card=5');
  });

  it('offers to create an unknown number in a project, then its result form', async () => {
    const created = numberOf(40, { project_id: 3, project_name: 'Кредитные карты', company: null, comment: null });
    const { stream, user, asked } = setup([
      {
        method: 'GET',
        path: /\/api\/v1\/projects\?/,
        answer: { body: { data: [{ id: 3, name: 'Кредитные карты', tag: 'cards' }], pagination: { total: 1, limit: 20, offset: 0 } } },
      },
      { method: 'POST', path: /\/api\/v1\/phone_numbers$/, answer: { status: 201, body: created } },
    ]);
    (await stream()).send(sseFrame('call', callOf({ numbers: [] })));
    const shown = await screen.findByTestId('call-panel');
    expect(within(shown).getByText('Нет в базе')).toBeTruthy();
    expect(within(shown).getByText('Создать в проекте')).toBeTruthy();

    await user.click(within(shown).getByRole('button', { name: 'Создать' }));
    expect(await within(shown).findByText('Заполните поле')).toBeTruthy();

    await user.click(within(shown).getByRole('combobox', { name: 'Проект' }));
    await user.click(await screen.findByRole('option', { name: /Кредитные карты/ }));
    await user.click(within(shown).getByRole('button', { name: 'Создать' }));

    expect(await within(shown).findByTestId('call-result-form')).toBeTruthy();
    expect(asked('POST', /\/phone_numbers$/)[0]!.body).toEqual({ project_id: 3, phone_number: '+79161234567' });
    expect(within(shown).queryByText('Нет в базе')).toBeNull();
    expect(within(shown).getByRole('heading', { name: 'Кредитные карты' })).toBeTruthy();
  });

  it('says only «Нет в базе» to whoever may not create numbers', async () => {
    const { stream } = setup([], { me: { ...OPERATOR, permissions: ['phone_numbers.read', 'phone_numbers.update'] } });
    (await stream()).send(sseFrame('call', callOf({ numbers: [] })));
    const shown = await screen.findByTestId('call-panel');
    expect(within(shown).getByText('Нет в базе')).toBeTruthy();
    expect(within(shown).queryByText('Создать в проекте')).toBeNull();
  });

  it('does not listen without an extension', async () => {
    const { asked } = setup([], { softphone: { extension: null, click_to_call: false } });
    await waitFor(() => expect(asked('GET', /\/softphone\/me$/)).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 100));
    expect(asked('GET', /\/calls\/live$/)).toHaveLength(0);
  });
});

// The saved number's status stays as the PBX set it unless the operator changed it.
describe('a call that ends while the form is open', { timeout: 20_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('follows the status the outcome set, unless the operator chose one', async () => {
    const { stream, user, asked } = setup([{ method: 'PATCH', path: /\/api\/v1\/phone_numbers\/5$/, answer: { body: numberOf(5) } }]);
    const live = await stream();
    live.send(sseFrame('call', callOf()));
    const shown = await screen.findByTestId('call-panel');
    live.send(sseFrame('call', callOf({ state: 'ended', outcome: 'no_answer', numbers: [knownOf(numberOf(5, { status_id: 3, status_code: 'no_answer' }))] })));
    await waitFor(() => expect(within(shown).getByRole('combobox', { name: 'Статус' }).textContent).toBe('Не отвечает'));
    await user.type(within(shown).getByRole('textbox', { name: 'Заметка' }), 'Не взял трубку');
    await user.click(within(shown).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(asked('PATCH', /phone_numbers/)).toHaveLength(1));
    expect(asked('PATCH', /phone_numbers/)[0]!.body).toEqual({ comment: 'Не взял трубку' });
  });
});
