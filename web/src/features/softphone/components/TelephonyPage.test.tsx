import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/testing/render';
import { TelephonyPage } from './TelephonyPage';
import { ADMIN, fakeServer, integrationOf, STATUSES, type Route } from './test-fixtures';

function Location() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const INTEGRATIONS = [
  integrationOf(1, { name: 'Zadarma офис', last_event_at: ago(5 * 60_000), calls_today: 42 }),
  integrationOf(2, { name: 'Mango', kind: 'mango', last_event_at: ago(10 * 86_400_000), unlinked_calls: 3, signature_failures: 7 }),
  integrationOf(3, { name: 'Своя', kind: 'numbase', last_event_at: null }),
  integrationOf(4, { name: 'Старая', last_event_at: null, is_active: false }),
];

const call = (id: number) => ({
  id,
  integration_id: 2,
  integration_name: 'Mango',
  direction: 'inbound',
  phone_number: '+74951234567',
  extension: '101',
  user_id: 7,
  started_at: '2026-03-02T09:00:00Z',
  ended_at: '2026-03-02T09:01:00Z',
  duration: 60,
  outcome: 'answered',
});

function setup(route = '/telephony', routes: Route[] = []) {
  const server = fakeServer([
    { method: 'GET', path: /\/api\/v1\/auth\/me$/, answer: { body: ADMIN } },
    { method: 'GET', path: /\/api\/v1\/number_statuses$/, answer: { body: { data: STATUSES } } },
    { method: 'GET', path: /\/api\/v1\/softphone\/integrations$/, answer: { body: { data: INTEGRATIONS } } },
    {
      method: 'GET',
      path: /\/api\/v1\/softphone\/calls\?/,
      answer: (request) =>
        request.url.includes('cursor=')
          ? { body: { data: [call(10)], pagination: { limit: 2, has_next: false, next_cursor: null } } }
          : { body: { data: [call(12), call(11)], pagination: { limit: 2, has_next: true, next_cursor: 'c2' } } },
    },
    ...routes,
  ]);
  const user = userEvent.setup();
  renderWithApp(
    <>
      <TelephonyPage />
      <Location />
    </>,
    { route },
  );
  return { ...server, user };
}

afterEach(() => vi.unstubAllGlobals());

describe('the telephony screen', { timeout: 20_000 }, () => {
  it('shows each PBX with its health, the silent ones and bad signatures highlighted', async () => {
    setup();
    const row = async (id: number) => screen.findByTestId(`integration-row-${id}`);
    const health = async (id: number) => within(await row(id)).getByTestId('integration-last-event');
    expect((await health(1)).getAttribute('data-health')).toBe('ok');
    expect((await health(1)).textContent).toBe('5 минут назад');
    expect(within(await row(1)).getByText('42')).toBeTruthy();
    expect((await health(2)).getAttribute('data-health')).toBe('quiet');
    expect((await health(2)).textContent).toContain('Больше часа без событий в рабочее время');
    expect((await health(3)).getAttribute('data-health')).toBe('never');
    expect((await health(3)).textContent).toContain('ни разу');
    // A switched-off PBX is expected to be silent.
    expect((await health(4)).getAttribute('data-health')).toBe('ok');
    expect(within(await row(2)).getByTestId('integration-signature-failures').textContent).toBe('7');
    expect(within(await row(1)).getByTestId('integration-signature-failures').textContent).toBe('0');
    expect(within(await row(3)).getByText('Своя АТС (протокол numbase)')).toBeTruthy();
  });

  it("opens a PBX's unlinked calls from its count, a page at a time", async () => {
    const { user, asked } = setup();
    await user.click(await screen.findByRole('button', { name: 'Неразобранные звонки АТС «Mango»: 3' }));
    expect(screen.getByTestId('location').textContent).toBe('/telephony?tab=unlinked&integration=2');
    expect(await screen.findByTestId('unlinked-call-12')).toBeTruthy();
    expect(asked('GET', /\/softphone\/calls\?/)[0]!.url).toContain('unlinked=true&integration_id=2&limit=50');
    expect(within(screen.getByTestId('unlinked-call-12')).getByText('+7 495 123-45-67')).toBeTruthy();
    expect(screen.getByTestId('unlinked-shown').textContent).toBe('Показано звонков: 2');

    await user.click(screen.getByRole('button', { name: 'Ещё' }));
    expect(await screen.findByTestId('unlinked-call-10')).toBeTruthy();
    expect(asked('GET', /\/softphone\/calls\?/).at(-1)!.url).toContain('cursor=c2');
    expect(screen.getByTestId('unlinked-shown').textContent).toBe('Показаны все звонки: 3');
    expect(screen.queryByRole('button', { name: 'Ещё' })).toBeNull();
  });

  it('disconnects a PBX after asking', async () => {
    const { user, asked } = setup('/telephony', [{ method: 'DELETE', path: /\/softphone\/integrations\/3$/, answer: { body: { deleted: true } } }]);
    await user.click(await screen.findByRole('button', { name: 'Отключить: Своя' }));
    const confirm = screen.getByRole('dialog', { name: 'Отключить АТС' });
    expect(confirm.textContent).toContain('Отключить АТС «Своя»?');
    await user.click(within(confirm).getByRole('button', { name: 'Отключить' }));
    await waitFor(() => expect(asked('DELETE', /integrations\/3$/)).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Отключить АТС' })).toBeNull());
  });
});
