import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/testing/render';
import type { Integration } from '../api/types';
import { IntegrationDialog } from './IntegrationDialog';
import { ADMIN, fakeServer, integrationOf, STATUSES, type Route } from './test-fixtures';

const USERS = {
  data: [
    { id: 7, username: 'anna', email: null, role: 'manager', status: 'active', last_login_at: null, created_at: '', updated_at: '' },
    { id: 8, username: 'boris', email: null, role: 'manager', status: 'active', last_login_at: null, created_at: '', updated_at: '' },
  ],
  pagination: { total: 2, limit: 500, offset: 0 },
};

function setup(integration: Integration | null, routes: Route[] = []) {
  const server = fakeServer([
    { method: 'GET', path: /\/api\/v1\/auth\/me$/, answer: { body: ADMIN } },
    { method: 'GET', path: /\/api\/v1\/number_statuses$/, answer: { body: { data: STATUSES } } },
    { method: 'GET', path: /\/api\/v1\/users\?/, answer: { body: USERS } },
    ...routes,
  ]);
  const onSaved = vi.fn();
  const user = userEvent.setup();
  renderWithApp(<IntegrationDialog open integration={integration} onClose={() => undefined} onSaved={onSaved} />);
  return { ...server, user, onSaved, dialog: () => screen.getByRole('dialog') };
}

afterEach(() => vi.unstubAllGlobals());

/** Types by pasting: a dialog this size re-renders per key, and key by key is slow on a busy machine. */
async function typeIn(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

// Large forms: a busy machine needs more than the default five seconds.
describe('the PBX integration dialog', { timeout: 20_000 }, () => {
  it('checks a new integration before sending, then sends its keys, extensions and outcomes', async () => {
    const created = integrationOf(3, { name: 'Офис' });
    const { user, asked, onSaved, dialog } = setup(null, [{ method: 'POST', path: /\/softphone\/integrations$/, answer: { status: 201, body: created } }]);
    // The outcomes start as the server would set them, once the statuses are known.
    await waitFor(() => expect(within(dialog()).getByRole('combobox', { name: 'Разговор' }).textContent).toBe('В работе'));
    expect(within(dialog()).getByText('Адрес для настроек АТС появится после сохранения.')).toBeTruthy();

    await user.click(within(dialog()).getByRole('button', { name: 'Добавить внутренний номер' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Создать' }));
    expect(await within(dialog()).findAllByText('Заполните поле')).toHaveLength(4); // name, secret, extension, user
    expect(asked('POST', /integrations/)).toHaveLength(0);

    await typeIn(user, within(dialog()).getByRole('textbox', { name: 'Название' }), 'Офис');
    const secret = within(dialog()).getByLabelText('Секрет (Secret ключей API)');
    expect(secret.getAttribute('type')).toBe('password');
    await typeIn(user, secret, 'short');
    await typeIn(user, within(dialog()).getByRole('textbox', { name: 'Внутренний номер' }), '101');
    await user.click(within(dialog()).getByRole('combobox', { name: 'Пользователь' }));
    await user.click(await screen.findByRole('option', { name: 'anna' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Создать' }));
    expect(await within(dialog()).findByText('От 8 до 500 символов')).toBeTruthy();

    await user.clear(secret);
    await typeIn(user, secret, 'zadarma-secret');
    await user.click(within(dialog()).getByRole('button', { name: 'Создать' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created, true));
    expect(asked('POST', /integrations$/)[0]!.body).toEqual({
      name: 'Офис',
      kind: 'zadarma',
      secrets: { secret: 'zadarma-secret' },
      extensions: { '101': 7 },
      outcomes: { answered: 2, no_answer: 3, busy: 3, failed: null },
      is_active: true,
    });
  });

  it('keeps the stored keys unless new ones are typed (they are never shown)', async () => {
    const mango = integrationOf(4, { kind: 'mango', name: 'Mango' });
    const { user, asked, onSaved, dialog } = setup(mango, [{ method: 'PATCH', path: /\/softphone\/integrations\/4$/, answer: { body: mango } }]);
    expect(within(dialog()).getByTestId('secrets-keep').textContent).toContain('Ключи сохранены и не показываются');
    const key = within(dialog()).getByLabelText('Уникальный код АТС (API-ключ)');
    const salt = within(dialog()).getByLabelText('Ключ для создания подписи');
    expect(key).toHaveProperty('value', '');
    expect(key.getAttribute('placeholder')).toBe('Не менять');
    // Its address for the PBX, with what to set there.
    expect(within(dialog()).getByTestId('webhook-url').textContent).toBe(mango.webhook_url);
    expect(within(dialog()).getByTestId('webhook-hint').textContent).toContain('Адрес внешней системы');
    expect(within(dialog()).getByRole('combobox', { name: 'АТС' }).getAttribute('aria-disabled')).toBe('true');

    const name = within(dialog()).getByRole('textbox', { name: 'Название' });
    await user.clear(name);
    await typeIn(user, name, 'Mango офис');
    await user.click(within(dialog()).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(asked('PATCH', /integrations\/4$/)[0]!.body).toEqual({ name: 'Mango офис' });

    // One key typed: the other is asked for too (they are replaced together).
    await typeIn(user, salt, 'new-salt-value');
    await user.click(within(dialog()).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog()).findByText('Ключи заменяются вместе: введите и этот')).toBeTruthy();
    await typeIn(user, key, 'new-key-value');
    await user.click(within(dialog()).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(asked('PATCH', /integrations\/4$/)).toHaveLength(2));
    expect(asked('PATCH', /integrations\/4$/)[1]!.body).toEqual({
      name: 'Mango офис',
      secrets: { api_key: 'new-key-value', api_salt: 'new-salt-value' },
    });
  });

  it("puts the server's issues under the fields they name, in Russian", async () => {
    const zadarma = integrationOf(1);
    const { user, dialog } = setup(zadarma, [
      {
        method: 'PATCH',
        path: /\/softphone\/integrations\/1$/,
        answer: {
          status: 422,
          body: {
            error: {
              code: 'VALIDATION_ERROR',
              message: 'Invalid input data',
              details: [
                { field: 'extensions.101', issue: 'must name an active user by id' },
                { field: 'secrets.api_key', issue: 'is not a secret of this kind' },
                { field: 'name', issue: 'must be 1 to 100 characters' },
              ],
            },
          },
        },
      },
    ]);
    await typeIn(user, within(dialog()).getByLabelText('API-ключ (Key) — для звонков из CRM'), 'zadarma-key');
    await typeIn(user, within(dialog()).getByLabelText('Секрет (Secret ключей API)'), 'zadarma-secret');
    await user.click(within(dialog()).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog()).findByText('должен быть активный пользователь')).toBeTruthy();
    expect(within(dialog()).getByText('такого ключа у этой АТС нет')).toBeTruthy();
    expect(within(dialog()).getByText('должно содержать от 1 до 100 символов')).toBeTruthy();
  });
});
