import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { cardOf, MANAGER, STATUSES } from './card/test-fixtures';
import { NumbersScreen } from './NumbersScreen';

function Location() {
  const location = useLocation();
  return <div data-testid="location">{location.search}</div>;
}

const EMPTY_PAGE = { data: [], pagination: { limit: 50, has_next: false, next_cursor: null, total: 0, total_is_estimate: false } };
const ASSIGNEES = [
  { id: 7, username: 'anna', isMe: true },
  { id: 8, username: 'boris', isMe: false },
];

// The screen mounts the data grid and the date pickers: slower than a component alone.
const SLOW = 20_000;

describe('the numbers screen: whose numbers and which callbacks', () => {
  let fake: ReturnType<typeof fakeFetch>;
  beforeEach(() => {
    fake = fakeFetch([{ method: 'GET', path: /\/api\/v1\/phone_numbers\?/, body: EMPTY_PAGE }]);
    vi.stubGlobal('fetch', fake.fn);
  });
  afterEach(() => vi.unstubAllGlobals());

  const render = (route: string) =>
    renderWithApp(
      <>
        <NumbersScreen statuses={STATUSES} providers={[]} canEdit assignees={ASSIGNEES} renderProjectFilter={() => null} />
        <Location />
      </>,
      { route },
    );
  const lastList = () => new URL(fake.calls.filter((c) => c.url.includes('/phone_numbers?')).at(-1)!.url, 'http://x').searchParams;

  it('"Мои" and "Сегодня" are one click each, kept in the URL and sent to the server', async () => {
    const user = userEvent.setup();
    render('/numbers?project=3');
    await user.click(await screen.findByRole('button', { name: 'Мои' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?project=3&assignee=7'));
    expect(screen.getByRole('button', { name: 'Мои' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Сегодня' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?project=3&assignee=7&reminder=today'));
    await waitFor(() => expect(lastList().get('reminder')).toBe('today'));
    expect(lastList().get('assigned_to')).toBe('7');
    // A second click shows all again.
    await user.click(screen.getByRole('button', { name: 'Сегодня' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?project=3&assignee=7'));
  }, SLOW);

  it('finds numbers by their company, site or comment once three characters are typed', async () => {
    const user = userEvent.setup();
    render('/numbers?project=3');
    const box = await screen.findByRole('searchbox', { name: 'Компания, сайт, комментарий' });
    await user.type(box, 'ро');
    expect(await screen.findByText('Не меньше 3 символов')).toBeTruthy();
    await user.type(box, 'маш');
    await waitFor(() => expect(lastList().get('q')).toBe('ромаш'));
    await waitFor(() => expect(decodeURIComponent(screen.getByTestId('location').textContent ?? '')).toBe('?project=3&q=ромаш'));
  }, SLOW);

  it('reads them back from the URL, and offers anyone, mine, nobody and each colleague', async () => {
    const user = userEvent.setup();
    render('/numbers?assignee=none&reminder=overdue');
    await waitFor(() => expect(lastList().get('assigned_to')).toBe('none'));
    expect(lastList().get('reminder')).toBe('overdue');
    expect(screen.getByRole('button', { name: 'Просрочено' }).getAttribute('aria-pressed')).toBe('true');
    const select = screen.getByRole('combobox', { name: 'Ответственные' });
    expect(select.textContent).toBe('Без ответственного');
    await user.click(select);
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Все', 'Мои', 'Без ответственного', 'boris']);
    await user.click(screen.getByRole('option', { name: 'boris' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?assignee=8&reminder=overdue'));
    await user.click(screen.getByRole('button', { name: 'Сбросить фильтры' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(''));
  }, SLOW);
});

describe('the numbers screen: the open card in the URL', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens the card of ?card=<id> over the filtered list, and closing it keeps the filters', async () => {
    const fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: MANAGER },
      { method: 'GET', path: /\/projects\/3\/members$/, body: { data: [] } },
      { method: 'GET', path: /\/phone_numbers\/1\/notes/, body: { data: [], total: 0 } },
      { method: 'GET', path: /\/phone_numbers\/1$/, body: cardOf(1, '+79161234501') },
      { method: 'GET', path: /\/api\/v1\/phone_numbers\?/, body: EMPTY_PAGE },
    ]);
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithApp(
      <>
        <NumbersScreen statuses={STATUSES} providers={[]} canEdit assignees={ASSIGNEES} renderProjectFilter={() => null} />
        <Location />
      </>,
      { route: '/numbers?assignee=7&card=1' },
    );
    const card = await screen.findByRole('dialog', { name: 'Карточка номера' });
    expect(await within(card).findByRole('heading', { name: '+7 916 123-45-01' })).toBeTruthy();
    // The list behind it is still the filtered one.
    const list = new URL(fake.calls.find((c) => c.url.includes('/phone_numbers?'))!.url, 'http://x').searchParams;
    expect(list.get('assigned_to')).toBe('7');

    await user.click(within(card).getByRole('button', { name: 'Закрыть' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('?assignee=7'));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Карточка номера' })).toBeNull());
  }, SLOW);
});
