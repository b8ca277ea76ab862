// Administrators' sections: dictionaries, users.

import { expect, eventually, gone, shot, textOf, visible } from '../lib/checks.mjs';

export async function adminSectionTests({ test, page, baseUrl, api, data }) {
  const code = `E2Q${data.suffix}`;

  await test('dictionaries: a provider is created, changed and deleted', async () => {
    await page.goto(`${baseUrl}/dictionaries`);
    await visible(page.getByRole('tab', { name: 'Поставщики', selected: true }), 'the providers tab');
    await page.getByRole('button', { name: 'Добавить поставщика' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый поставщик' });
    // The code of an existing provider: the server's 409 shows under the field.
    await dialog.getByLabel('Код').fill(data.provider.code);
    await dialog.getByLabel('Название').fill('E2E duplicate');
    await dialog.getByRole('button', { name: 'Создать' }).click();
    await visible(dialog.locator('.MuiFormHelperText-root.Mui-error'), 'the code issue');
    const issue = await textOf(dialog.locator('.MuiFormHelperText-root.Mui-error'));
    expect(issue === 'уже существует', `the server's "already exists" in Russian under the code, not "${issue}"`);
    await shot(page, '24-provider-duplicate-code');
    await dialog.getByLabel('Код').fill(code);
    await dialog.getByLabel('Контакт').fill('supply@e2e.example');
    await dialog.getByRole('button', { name: 'Создать' }).click();
    await visible(page.getByText(`Сохранено: ${code}`), 'the confirmation');
    const created = (await api.call('GET', `/api/v1/providers?search=${code}`)).data[0];
    expect(created && created.contact === 'supply@e2e.example', 'the server has the provider');
    const row = page.getByTestId(`provider-row-${created.id}`);
    await visible(row, 'the new row');
    await shot(page, '25-dictionaries-providers');
    await row.getByRole('button', { name: `Изменить: ${code}` }).click();
    const edit = page.getByRole('dialog', { name: 'Поставщик' });
    await edit.getByLabel('Название').fill('E2E renamed');
    await edit.getByRole('button', { name: 'Сохранить' }).click();
    await visible(row.getByText('E2E renamed'), 'the new name');
    await row.getByRole('button', { name: `Удалить: ${code}` }).click();
    await page.getByRole('dialog', { name: 'Удалить поставщика' }).getByRole('button', { name: 'Удалить' }).click();
    await visible(page.getByText(`Удалено: ${code}`), 'the deletion');
    await eventually(async () => (await row.count()) === 0, 'the row leaves');
  }, page);

  await test('dictionaries: statuses with their flags, geo with time zones', async () => {
    await page.getByRole('tab', { name: 'Статусы номеров' }).click();
    await visible(page.getByRole('cell', { name: 'in_progress' }), 'a status code');
    await shot(page, '26-dictionaries-statuses');
    await page.getByRole('button', { name: 'Изменить: callback' }).click();
    await visible(page.getByRole('dialog', { name: 'Статус номера' }).getByLabel('Цвет', { exact: true }).first(), 'the status dialog');
    await shot(page, '27-status-dialog');
    await page.getByRole('dialog', { name: 'Статус номера' }).getByRole('button', { name: 'Отмена' }).click();
    await page.getByRole('tab', { name: 'География' }).click();
    await page.getByLabel('Поиск по названию').fill('Новосиб');
    await visible(page.getByRole('cell', { name: 'Asia/Novosibirsk' }), 'a region with its time zone');
    await visible(page.getByText('UTC+7'), 'the offset');
    await shot(page, '28-dictionaries-geo');
  }, page);

  await test('users: a user is created, given another role, and deactivated', async () => {
    const username = `e2e_user_${data.suffix}`;
    await page.goto(`${baseUrl}/users`);
    await page.getByRole('button', { name: 'Добавить пользователя' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый пользователь' });
    await dialog.getByLabel('Имя пользователя').fill(username);
    await dialog.getByLabel('Эл. почта').fill(`${username}@crm.local`);
    await dialog.getByLabel('Пароль').fill('short');
    await dialog.getByRole('button', { name: 'Создать' }).click();
    await visible(dialog.getByText('Пароль — от 8 до 256 знаков'), 'the password rule');
    await dialog.getByLabel('Пароль').fill('e2e-User-password-1');
    await shot(page, '29-user-dialog');
    await dialog.getByRole('button', { name: 'Создать' }).click();
    await visible(page.getByText(`Пользователь ${username} сохранён`), 'the confirmation');
    const user = (await api.call('GET', `/api/v1/users?search=${username}`)).data[0];
    expect(user && user.role === 'manager' && user.status === 'active', 'a new active manager');
    const row = page.getByTestId(`user-row-${user.id}`);
    await visible(row, 'the new row');
    await row.getByRole('button', { name: `Изменить: ${username}` }).click();
    const edit = page.getByRole('dialog', { name: `Пользователь ${username}` });
    await edit.getByRole('combobox', { name: 'Роль' }).click();
    await page.getByRole('option', { name: 'Администратор' }).click();
    await edit.getByRole('button', { name: 'Сохранить' }).click();
    await gone(edit, 'the dialog');
    await eventually(async () => (await api.call('GET', `/api/v1/users/${user.id}`)).role === 'administrator', 'the new role is saved');
    await visible(row.getByText('Администратор'), 'the row shows the role');
    await row.getByRole('button', { name: `Отключить: ${username}` }).click();
    await page.getByRole('dialog', { name: 'Отключить пользователя' }).getByRole('button', { name: 'Отключить' }).click();
    await visible(page.getByText(`Пользователь ${username} отключён`), 'the confirmation');
    await visible(row.getByText('Отключён'), 'the row shows the status');
    expect((await api.call('GET', `/api/v1/users/${user.id}`)).status === 'inactive', 'the server deactivated the user');
    await shot(page, '30-users');
  }, page);
}
