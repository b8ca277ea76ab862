import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderWithApp, type FakeRoute } from '@/testing/render';
import type { Host } from '../api/types';
import { HostTestDialog } from './HostTestDialog';
import { ADMIN, FINGERPRINT, hostOf, NEW_FINGERPRINT, testOf } from './test-fixtures';

function setup(host: Host, routes: FakeRoute[]) {
  const fake = fakeFetch([
    { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: ADMIN },
    { method: 'GET', path: /\/api\/v1\/sftp\/configs$/, body: { data: [host] } },
    ...routes,
  ]);
  vi.stubGlobal('fetch', fake.fn);
  const user = userEvent.setup();
  renderWithApp(<HostTestDialog host={host} onClose={() => undefined} />);
  const dialog = () => screen.getByRole('dialog', { name: /Подключение к «/ });
  return { fake, user, dialog, tests: () => fake.calls.filter((c) => c.method === 'POST' && c.url.endsWith('/test')) };
}

afterEach(() => vi.unstubAllGlobals());

describe('the connection test', { timeout: 20_000 }, () => {
  it('shows a new host key to accept; accepted, it tests again and lists the directory', async () => {
    const host = hostOf(4, { name: 'Новый', host_key_fingerprint: null });
    const testRoute: FakeRoute = {
      method: 'POST',
      path: /\/sftp\/configs\/4\/test$/,
      body: testOf({
        ok: false,
        host_key: { fingerprint: FINGERPRINT, status: 'unknown' },
        accepted_fingerprint: null,
        entries: [],
        error: { code: 'HOST_KEY_UNKNOWN', message: "the host key has not been accepted yet: compare its fingerprint with the one the server's owner gives" },
      }),
    };
    const { fake, user, dialog, tests } = setup(host, [
      testRoute,
      { method: 'POST', path: /\/sftp\/configs\/4\/accept_host_key$/, body: { ...host, host_key_fingerprint: FINGERPRINT } },
    ]);
    expect(await within(dialog()).findByTestId('host-key-unknown')).toBeTruthy();
    expect(within(dialog()).getByTestId('host-fingerprint').textContent).toBe(FINGERPRINT);
    expect(within(dialog()).queryByTestId('host-test-error')).toBeNull();
    expect(tests()).toHaveLength(1);

    // The server now signs in with the accepted key.
    testRoute.body = testOf();
    await user.click(within(dialog()).getByRole('button', { name: 'Принять ключ' }));
    expect(await within(dialog()).findByTestId('host-test-ok')).toBeTruthy();
    expect(fake.calls.find((c) => c.url.endsWith('/accept_host_key'))?.body).toEqual({ fingerprint: FINGERPRINT });
    expect(tests()).toHaveLength(2);
    const listing = within(dialog()).getByTestId('host-listing');
    expect(within(listing).getAllByTestId('host-entry')).toHaveLength(2);
    expect(within(listing).getByText('readme.txt')).toBeTruthy();
    expect(within(listing).getByText('1,5 кБ')).toBeTruthy();
    expect(within(listing).getByLabelText('папка')).toBeTruthy();
  });

  it('warns loudly when the key changed, and accepts the new one only when told it was checked', async () => {
    const host = hostOf(6, { name: 'Подменённый', host_key_changed: true, seen_host_key_fingerprint: NEW_FINGERPRINT });
    const { fake, user, dialog } = setup(host, [
      {
        method: 'POST',
        path: /\/sftp\/configs\/6\/test$/,
        body: testOf({
          ok: false,
          host_key: { fingerprint: NEW_FINGERPRINT, status: 'changed' },
          entries: [],
          error: { code: 'HOST_KEY_CHANGED', message: 'the host key of sftp.partner.example:22 has changed' },
        }),
      },
      { method: 'POST', path: /\/sftp\/configs\/6\/accept_host_key$/, body: host },
    ]);
    const warning = await within(dialog()).findByTestId('host-key-changed');
    expect(warning.textContent).toContain('Ключ сервера изменился — возможна атака');
    expect(within(dialog()).getByTestId('host-accepted-fingerprint').textContent).toBe(FINGERPRINT);
    expect(within(dialog()).getByTestId('host-fingerprint').textContent).toBe(NEW_FINGERPRINT);
    const accept = within(dialog()).getByRole('button', { name: 'Принять новый ключ' });
    expect((accept as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(dialog()).getByRole('checkbox', { name: /Владелец сервера подтвердил смену ключа/ }));
    await user.click(accept);
    await waitFor(() => expect(fake.calls.find((c) => c.url.endsWith('/accept_host_key'))?.body).toEqual({ fingerprint: NEW_FINGERPRINT }));
  });

  it('tells what went wrong by the error code, with the details in the user\'s language', async () => {
    const { dialog } = setup(hostOf(7), [
      {
        method: 'POST',
        path: /\/sftp\/configs\/7\/test$/,
        body: testOf({
          ok: false,
          entries: [],
          error: { code: 'AUTH_FAILED', message: 'the server sftp.partner.example:22 refused user crm with this password' },
        }),
      },
    ]);
    const error = await within(dialog()).findByTestId('host-test-error');
    expect(error.getAttribute('data-code')).toBe('AUTH_FAILED');
    expect(error.textContent).toContain('Сервер не принял пользователя, пароль или ключ');
    expect(error.textContent).toContain('Подробности: сервер sftp.partner.example:22 не принял пользователя crm с этим паролем');
    expect(within(dialog()).queryByTestId('host-listing')).toBeNull();
  });

  it("shows a 409 of the key's acceptance in the user's language", async () => {
    const host = hostOf(8, { host_key_fingerprint: null });
    const { user, dialog } = setup(host, [
      {
        method: 'POST',
        path: /\/sftp\/configs\/8\/test$/,
        body: testOf({ ok: false, host_key: { fingerprint: FINGERPRINT, status: 'unknown' }, accepted_fingerprint: null, entries: [], error: { code: 'HOST_KEY_UNKNOWN', message: '' } }),
      },
      {
        method: 'POST',
        path: /\/sftp\/configs\/8\/accept_host_key$/,
        status: 409,
        body: {
          error: {
            code: 'CONFLICT',
            message: 'This is not the key the last test met: test the connection again',
            details: [{ field: 'fingerprint', issue: 'is not the key the server showed in the last test' }],
          },
        },
      },
    ]);
    await user.click(await within(dialog()).findByRole('button', { name: 'Принять ключ' }));
    expect(await within(dialog()).findByText(/Это не тот ключ, что сервер показал при последней проверке/)).toBeTruthy();
  });
});
