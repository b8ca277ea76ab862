import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderWithApp, type FakeRoute } from '@/testing/render';
import type { Host } from '../api/types';
import { HostDialog } from './HostDialog';
import { ADMIN, hostOf, invalid } from './test-fixtures';

function setup(host: Host | null, routes: FakeRoute[] = []) {
  const fake = fakeFetch([{ method: 'GET', path: /\/api\/v1\/auth\/me$/, body: ADMIN }, ...routes]);
  vi.stubGlobal('fetch', fake.fn);
  const onSaved = vi.fn();
  const user = userEvent.setup();
  renderWithApp(<HostDialog open host={host} onClose={() => undefined} onSaved={onSaved} />);
  const dialog = () => screen.getByRole('dialog');
  const field = (name: string | RegExp) => within(dialog()).getByRole('textbox', { name });
  /** Pastes rather than types: a dialog this size re-renders per key. */
  const fill = async (element: HTMLElement, text: string) => {
    await user.clear(element);
    await user.click(element);
    await user.paste(text);
  };
  return { fake, user, onSaved, dialog, field, fill, posts: () => fake.calls.filter((c) => c.method !== 'GET') };
}

afterEach(() => vi.unstubAllGlobals());

describe('the SFTP host dialog', { timeout: 20_000 }, () => {
  it('checks a new host before sending it, then sends its address, user and password', async () => {
    const created = hostOf(5, { name: 'Партнёр А', host_key_fingerprint: null, last_test_ok: null });
    const { user, dialog, field, fill, onSaved, posts, fake } = setup(null, [{ method: 'POST', path: /\/sftp\/configs$/, status: 201, body: created }]);
    await user.click(within(dialog()).getByRole('button', { name: 'Создать' }));
    // Name, address, user and the password.
    expect(await within(dialog()).findAllByText('Заполните поле')).toHaveLength(4);
    expect(posts()).toHaveLength(0);

    await fill(field('Название'), 'Партнёр А');
    await fill(field('Адрес сервера'), 'sftp://partner.example');
    await fill(field('Порт'), '70000');
    await fill(field('Пользователь'), 'crm');
    await user.click(within(dialog()).getByRole('button', { name: 'Создать' }));
    expect(await within(dialog()).findByText('Имя или адрес без пробелов, «/» и «@»')).toBeTruthy();
    expect(within(dialog()).getByText('Число от 1 до 65535')).toBeTruthy();

    await fill(field('Адрес сервера'), 'sftp.partner.example');
    await fill(field('Порт'), '2222');
    const password = within(dialog()).getByLabelText('Пароль');
    expect(password.getAttribute('type')).toBe('password');
    await fill(password, 'partner-secret');
    await user.click(within(dialog()).getByRole('button', { name: 'Создать' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created, true));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Партнёр А',
      host: 'sftp.partner.example',
      port: 2222,
      username: 'crm',
      auth_method: 'password',
      password: 'partner-secret',
      remote_directory: '/',
      is_active: true,
    });
  });

  it('sends a private key and its passphrase, and puts an unreadable key\'s refusal under the key', async () => {
    const { user, dialog, field, fill, fake } = setup(null, [
      {
        method: 'POST',
        path: /\/sftp\/configs$/,
        ...invalid('private_key', 'is not a private key libssh can read (OpenSSH or PEM), or the passphrase is wrong'),
      },
    ]);
    await fill(field('Название'), 'По ключу');
    await fill(field('Адрес сервера'), '10.0.0.5');
    await fill(field('Пользователь'), 'robot');
    await user.click(within(dialog()).getByRole('button', { name: 'Ключ' }));
    expect(within(dialog()).queryByLabelText('Пароль')).toBeNull();
    await user.click(within(dialog()).getByRole('button', { name: 'Создать' }));
    expect(await within(dialog()).findByText('Заполните поле')).toBeTruthy();

    await fill(field('Закрытый ключ'), '  -----BEGIN OPENSSH PRIVATE KEY-----\r\nb3Blbn\r\n-----END OPENSSH PRIVATE KEY-----  ');
    await fill(within(dialog()).getByLabelText('Пароль ключа'), 'key-pass');
    await user.click(within(dialog()).getByRole('button', { name: 'Создать' }));
    expect(await within(dialog()).findByText('не читается как закрытый ключ OpenSSH или PEM, или неверен пароль ключа')).toBeTruthy();
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      auth_method: 'key',
      private_key: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----\n',
      passphrase: 'key-pass',
    });
    expect(fake.calls.find((c) => c.method === 'POST')?.body).not.toHaveProperty('password');
  });

  it('keeps the stored password unless a new one is typed (it is never shown), and sends only what changed', async () => {
    const host = hostOf(2, { name: 'Партнёр Б' });
    const saved = { ...host, port: 2200 };
    const { user, dialog, field, fill, onSaved, fake } = setup(host, [
      { method: 'PATCH', path: /\/sftp\/configs\/2$/, body: saved },
    ]);
    expect(within(dialog()).getByTestId('secrets-keep').textContent).toContain('Пароль и ключ сохранены и не показываются');
    const password = within(dialog()).getByLabelText('Пароль');
    expect((password as HTMLInputElement).value).toBe('');
    expect(within(dialog()).getByText('Сейчас: задан. Пусто — не менять')).toBeTruthy();

    await fill(field('Порт'), '2200');
    // A new port forgets the accepted key: the dialog says so before saving.
    expect(within(dialog()).getByTestId('host-change-forgets-key')).toBeTruthy();
    await user.click(within(dialog()).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved, false));
    expect(fake.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ port: 2200 });
  });

  it("translates the server's issues under their fields", async () => {
    const { user, dialog, field, fill } = setup(hostOf(3), [
      { method: 'PATCH', path: /\/sftp\/configs\/3$/, ...invalid('port', 'must be between 1 and 65535') },
    ]);
    await fill(field('Название'), 'Другое имя');
    await user.click(within(dialog()).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog()).findByText('должно быть от 1 до 65535')).toBeTruthy();
  });
});
