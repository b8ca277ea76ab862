import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/testing/render';
import { ReminderNotifications } from './ReminderNotifications';
import { eventStream, type TestEventStream } from '@/testing/event-stream';

const MANAGER = { user: { id: 7, username: 'anna' }, role: 'manager', permissions: ['phone_numbers.read', 'phone_numbers.update'] };
const REMINDER = {
  id: 5,
  phone_number: '+79161234567',
  company: 'ООО Ромашка',
  reminder_at: '2026-03-02T09:30:00.000Z',
  project_id: 3,
  project_name: 'Кредитные карты',
};

function Location() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

const frame = (r: unknown) => `event: reminder\ndata: ${JSON.stringify(r)}\n\n`;

/** The server: who is signed in, and a new reminder stream for each request of it. */
function setup(me: unknown = MANAGER, route = '/') {
  const streams: TestEventStream[] = [];
  const requests: { url: string; accept: string | null }[] = [];
  const fetchStub = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers);
    requests.push({ url, accept: headers.get('Accept') });
    if (url.endsWith('/api/v1/auth/me')) return Promise.resolve(Response.json(me));
    if (url.endsWith('/api/v1/reminders/events')) {
      const stream = eventStream();
      streams.push(stream);
      return Promise.resolve(stream.response);
    }
    return Promise.resolve(Response.json({ error: { code: 'NOT_FOUND', message: url, details: [] } }, { status: 404 }));
  };
  vi.stubGlobal('fetch', fetchStub);
  const result = renderWithApp(
    <>
      <ReminderNotifications />
      <Location />
    </>,
    { route },
  );
  const streamRequests = () => requests.filter((r) => r.url.endsWith('/api/v1/reminders/events'));
  return { ...result, streams, requests, streamRequests };
}

afterEach(() => vi.unstubAllGlobals());

describe('the notifications of reminders coming due', () => {
  it('shows a streamed reminder with a link that opens the number’s card', async () => {
    const user = userEvent.setup();
    const { streams, streamRequests } = setup();
    await waitFor(() => expect(streams).toHaveLength(1));
    expect(streamRequests()[0]!.accept).toBe('text/event-stream');

    const text = frame(REMINDER);
    streams[0]!.send(': keep-alive\n\n' + text.slice(0, 30));
    streams[0]!.send(text.slice(30));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Пора перезвонить: +7 916 123-45-67 · ООО Ромашка (Кредитные карты)');

    await user.click(screen.getByRole('button', { name: 'Открыть' }));
    expect(screen.getByTestId('location').textContent).toBe('/numbers?card=5');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('shows them one at a time, and keeps the list’s filters when the numbers screen is open', async () => {
    const user = userEvent.setup();
    const { streams } = setup(MANAGER, '/numbers?assignee=7&reminder=today');
    await waitFor(() => expect(streams).toHaveLength(1));
    streams[0]!.send(frame(REMINDER) + frame({ ...REMINDER, id: 6, phone_number: '+79161234568', company: null }));

    expect((await screen.findByRole('alert')).textContent).toContain('+7 916 123-45-67 · ООО Ромашка');
    expect(screen.getByRole('alert').textContent).toContain('Ещё напоминаний: 1');
    await user.click(screen.getByRole('button', { name: 'Закрыть' }));

    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Пора перезвонить: +7 916 123-45-68 (Кредитные карты)'));
    expect(screen.getByRole('alert').textContent).not.toContain('Ещё');
    await user.click(screen.getByRole('button', { name: 'Открыть' }));
    expect(screen.getByTestId('location').textContent).toBe('/numbers?assignee=7&reminder=today&card=6');
  });

  it('opens the stream again when it ends (the server restarted)', async () => {
    const { streams } = setup();
    await waitFor(() => expect(streams).toHaveLength(1));
    streams[0]!.end();
    // The first delay is a second.
    await waitFor(() => expect(streams).toHaveLength(2), { timeout: 3000 });
    streams[1]!.send(frame(REMINDER));
    expect((await screen.findByRole('alert')).textContent).toContain('+7 916 123-45-67');
  });

  it('does not connect without the permission to read numbers', async () => {
    const { requests, streamRequests } = setup({ ...MANAGER, permissions: ['projects.read'] });
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/api/v1/auth/me'))).toBe(true));
    // Long enough for the signed-in user to arrive and an effect to run.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(streamRequests()).toHaveLength(0);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stops when it is unmounted (signing out leaves the layout)', async () => {
    const { streams, unmount } = setup();
    await waitFor(() => expect(streams).toHaveLength(1));
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(streams).toHaveLength(1);
  });
});
