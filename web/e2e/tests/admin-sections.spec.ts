// Administrators' sections: dictionaries, users.

import { expect, test } from '../fixtures';
import type { ListPage, Provider, User } from '../support/api';
import { shot } from '../support/helpers';

test('dictionaries: a provider is created, changed and deleted', async ({ adminPage: page, api, data }) => {
  const code = `E2Q${data.suffix}`;
  await page.goto('/dictionaries');
  await expect(page.getByRole('tab', { name: 'Поставщики', selected: true }), 'the providers tab').toBeVisible();
  await page.getByRole('button', { name: 'Добавить поставщика' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый поставщик' });
  // The code of an existing provider: the server's 409 shows under the field.
  await dialog.getByLabel('Код').fill(data.provider.code);
  await dialog.getByLabel('Название').fill('E2E duplicate');
  await dialog.getByRole('button', { name: 'Создать' }).click();
  await expect(
    dialog.locator('.MuiFormHelperText-root.Mui-error'),
    `the server's "already exists" in Russian under the code`,
  ).toHaveText('уже существует');
  await shot(page, '24-provider-duplicate-code');
  await dialog.getByLabel('Код').fill(code);
  await dialog.getByLabel('Контакт').fill('supply@e2e.example');
  await dialog.getByRole('button', { name: 'Создать' }).click();
  await expect(page.getByText(`Сохранено: ${code}`), 'the confirmation').toBeVisible();
  const created = (await api.call<ListPage<Provider>>('GET', `/api/v1/providers?search=${code}`)).data[0];
  expect(created, 'the server has the provider').toMatchObject({ code, contact: 'supply@e2e.example' });
  const row = page.getByTestId(`provider-row-${created.id}`);
  await expect(row, 'the new row').toBeVisible();
  await shot(page, '25-dictionaries-providers');
  await row.getByRole('button', { name: `Изменить: ${code}` }).click();
  const edit = page.getByRole('dialog', { name: 'Поставщик' });
  await edit.getByLabel('Название').fill('E2E renamed');
  await edit.getByRole('button', { name: 'Сохранить' }).click();
  await expect(row.getByText('E2E renamed'), 'the new name').toBeVisible();
  await row.getByRole('button', { name: `Удалить: ${code}` }).click();
  await page.getByRole('dialog', { name: 'Удалить поставщика' }).getByRole('button', { name: 'Удалить' }).click();
  await expect(page.getByText(`Удалено: ${code}`), 'the deletion').toBeVisible();
  await expect(row, 'the row leaves').toHaveCount(0);
});

test('dictionaries: statuses with their flags, geo with time zones', async ({ adminPage: page }) => {
  await page.goto('/dictionaries');
  await page.getByRole('tab', { name: 'Статусы номеров' }).click();
  await expect(page.getByRole('cell', { name: 'in_progress', exact: true }), 'a status code').toBeVisible();
  await shot(page, '26-dictionaries-statuses');
  await page.getByRole('button', { name: 'Изменить: callback' }).click();
  await expect(page.getByRole('dialog', { name: 'Статус номера' }).getByLabel('Цвет', { exact: true }).first(), 'the status dialog').toBeVisible();
  await shot(page, '27-status-dialog');
  await page.getByRole('dialog', { name: 'Статус номера' }).getByRole('button', { name: 'Отмена' }).click();
  await page.getByRole('tab', { name: 'География' }).click();
  await page.getByLabel('Поиск по названию').fill('Новосиб');
  await expect(page.getByRole('cell', { name: 'Asia/Novosibirsk' }).first(), 'a region with its time zone').toBeVisible();
  await expect(page.getByText('UTC+7').first(), 'the offset').toBeVisible();
  await shot(page, '28-dictionaries-geo');
});

test('users: a user is created, given another role, and deactivated', async ({ adminPage: page, api, data }) => {
  const username = `e2e_user_${data.suffix}`;
  await page.goto('/users');
  await page.getByRole('button', { name: 'Добавить пользователя' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый пользователь' });
  await dialog.getByLabel('Имя пользователя').fill(username);
  await dialog.getByLabel('Эл. почта').fill(`${username}@crm.local`);
  await dialog.getByLabel('Пароль').fill('short');
  await dialog.getByRole('button', { name: 'Создать' }).click();
  await expect(dialog.getByText('Пароль — от 8 до 256 знаков'), 'the password rule').toBeVisible();
  await dialog.getByLabel('Пароль').fill('e2e-User-password-1');
  await shot(page, '29-user-dialog');
  await dialog.getByRole('button', { name: 'Создать' }).click();
  await expect(page.getByText(`Пользователь ${username} сохранён`), 'the confirmation').toBeVisible();
  const user = (await api.call<ListPage<User>>('GET', `/api/v1/users?search=${username}`)).data[0];
  expect(user, 'a new active manager').toMatchObject({ username, role: 'manager', status: 'active' });
  const row = page.getByTestId(`user-row-${user.id}`);
  await expect(row, 'the new row').toBeVisible();
  await row.getByRole('button', { name: `Изменить: ${username}` }).click();
  const edit = page.getByRole('dialog', { name: `Пользователь ${username}` });
  await edit.getByRole('combobox', { name: 'Роль' }).click();
  await page.getByRole('option', { name: 'Администратор' }).click();
  await edit.getByRole('button', { name: 'Сохранить' }).click();
  await expect(edit, 'the dialog').toBeHidden();
  await expect
    .poll(async () => (await api.call<User>('GET', `/api/v1/users/${user.id}`)).role, { message: 'the new role is saved' })
    .toBe('administrator');
  await expect(row.getByText('Администратор'), 'the row shows the role').toBeVisible();
  await row.getByRole('button', { name: `Отключить: ${username}` }).click();
  await page.getByRole('dialog', { name: 'Отключить пользователя' }).getByRole('button', { name: 'Отключить' }).click();
  await expect(page.getByText(`Пользователь ${username} отключён`), 'the confirmation').toBeVisible();
  await expect(row.getByText('Отключён'), 'the row shows the status').toBeVisible();
  expect((await api.call<User>('GET', `/api/v1/users/${user.id}`)).status, 'the server deactivated the user').toBe('inactive');
  await shot(page, '30-users');
});
