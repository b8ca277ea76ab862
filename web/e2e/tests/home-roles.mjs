// "Сегодня" and the role editor: the administrator's home screen shows their callbacks and the
// company's day (a project at its daily limit among them); a role "старший менеджер" made in the
// users screen's "Роли" tab is offered in the user dialog, and the server keeps a role users hold.

import { AppShell } from '../lib/pages.mjs';
import { eventually, expect, gone, shot, textOf, visible } from '../lib/checks.mjs';

export async function homeRolesTests({ test, page, baseUrl, api, data }) {
  const shell = new AppShell(page);
  const roleName = 'старший менеджер';
  let project = null;
  let admin = null;

  await test('home: the administrator sees "Сегодня" with their callbacks and the company section', async () => {
    admin = (await api.call('GET', '/api/v1/auth/me')).user;
    project = await api.call('POST', '/api/v1/projects', {
      name: `E2E На лимите ${data.suffix}`,
      daily_limit: 2,
      is_active: true,
      provider_ids: [data.provider.id],
      geo_ids: [data.geo.id],
    });
    const past = new Date(Date.now() - 2 * 3_600_000).toISOString();
    for (const phone of ['+79135557701', '+79135557702'])
      await api.call('POST', '/api/v1/phone_numbers', {
        phone_number: phone,
        project_id: project.id,
        provider_id: data.provider.id,
        assigned_to: admin.id,
        reminder_at: past,
      });
    const home = await api.call('GET', '/api/v1/home');
    expect(home.company !== null, 'the server sends the company part to an administrator');
    expect(home.callbacks_overdue >= 2, `two overdue callbacks (got ${home.callbacks_overdue})`);

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${baseUrl}/`);
    await visible(shell.heading().filter({ hasText: 'Сегодня' }), 'the home heading');
    await visible(shell.menuLink('Сегодня'), 'the home entry in the menu');
    const overdue = page.getByTestId('tile-overdue');
    await eventually(async () => (await textOf(page.getByTestId('tile-overdue-value'))) === String(home.callbacks_overdue), 'the overdue count');
    expect(
      (await overdue.getAttribute('href')) === `/numbers?assignee=${admin.id}&reminder=overdue`,
      `the overdue tile opens the user's overdue callbacks (got ${await overdue.getAttribute('href')})`,
    );
    expect((await textOf(page.getByTestId('tile-calls-value'))) === '0', 'no SoftPhone calls of theirs today');
    await visible(page.getByRole('heading', { name: 'Компания сегодня' }), 'the company section');
    await visible(page.getByTestId(`home-at-limit-${project.id}`), 'the project at its daily limit');
    expect((await textOf(page.getByTestId(`home-at-limit-${project.id}`))).includes('2 из 2'), 'received of the limit');
    for (const supplier of home.company.received_by_supplier)
      await visible(page.getByTestId(`home-supplier-${supplier.provider_id}`), `the supplier ${supplier.code}`);
    await shot(page, '70-home-admin');
    await shot(page, '70-home-admin-full', { height: 1300 });

    // The lists this run's data leaves empty, as the server would send them, to see them laid out.
    const finished = new Date(Date.now() - 3_600_000).toISOString();
    await page.route('**/api/v1/home', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          ...home,
          next_callback_at: new Date(Date.now() + 3_600_000).toISOString(),
          company: {
            ...home.company,
            imports_running: [
              { id: 901, filename: 'moscow-december.csv', project_id: project.id, project_name: project.name, target: 'project', status: 'processing', progress_done: 12_500, progress_total: 40_000 },
              { id: 902, filename: 'pool-spb.xlsx', project_id: null, project_name: null, target: 'pool', status: 'queued', progress_done: 0, progress_total: null },
            ],
            imports_failed: [
              { id: 903, filename: 'broken.xlsx', project_id: project.id, project_name: project.name, target: 'project', error: 'The file cannot be read: not an XLSX file', finished_at: finished },
            ],
            projects_without_numbers: [{ id: data.otherProject.id, name: data.otherProject.name }],
          },
        }),
      }),
    );
    await page.reload();
    await visible(page.getByTestId('home-import-running-901'), 'a running import');
    expect(
      (await textOf(page.getByTestId('home-import-failed-903'))).includes('Файл не удаётся прочитать: это не файл XLSX'),
      "the failed import's error in Russian",
    );
    await visible(page.getByTestId(`home-without-numbers-${data.otherProject.id}`), 'a project left without numbers');
    await shot(page, '70-home-admin-lists', { height: 1300 });
    await page.unroute('**/api/v1/home');
    await page.reload();
    await visible(page.getByTestId(`home-at-limit-${project.id}`), 'the real day again');

    await overdue.click();
    await page.waitForURL(new RegExp(`/numbers\\?assignee=${admin.id}&reminder=overdue`));
    await visible(page.getByRole('heading', { name: 'Мои сделки' }), 'the numbers screen');
    await page.goBack();
    await page.getByTestId(`home-at-limit-${project.id}`).getByRole('link').click();
    await page.waitForURL(/\/projects\?q=/);
    await visible(page.getByTestId(`project-row-${project.id}`), 'the project found on "Мои проекты"');
    await page.setViewportSize({ width: 1600, height: 900 });
  }, page);

  await test('roles: the administrator creates "старший менеджер" and gives it to a user', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${baseUrl}/users`);
    await page.getByRole('tab', { name: 'Роли' }).click();
    await page.waitForURL(/tab=roles/);
    await visible(page.getByRole('cell', { name: 'Администратор' }), 'the built-in roles');
    await shot(page, '71-roles');
    await page.getByRole('button', { name: 'Добавить роль' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая роль' });
    await dialog.getByLabel('Название', { exact: true }).fill(roleName);
    await dialog.getByLabel('Описание', { exact: true }).fill('Ведёт команду и забирает номера у коллег');
    await dialog.getByRole('checkbox', { name: /Видеть номера своих проектов/ }).check();
    await dialog.getByRole('checkbox', { name: /Забирать номера, закреплённые за коллегами/ }).check();
    await shot(page, '72-role-dialog');
    await dialog.getByRole('button', { name: 'Создать' }).click();
    await visible(page.getByText(`Роль «${roleName}» сохранена`), 'the confirmation');
    await gone(dialog, 'the dialog');
    const role = (await api.call('GET', '/api/v1/roles')).data.find((r) => r.name === roleName);
    expect(role && !role.built_in, 'the server has the role');
    expect(
      JSON.stringify([...role.permissions].sort()) === JSON.stringify(['phone_numbers.read', 'phone_numbers.reassign']),
      `the ticked permissions (got ${role.permissions.join(', ')})`,
    );
    await visible(page.getByTestId(`role-row-${role.id}`).getByText(roleName), 'the new row');

    const username = `e2e_senior_${data.suffix}`;
    await page.getByRole('tab', { name: 'Пользователи' }).click();
    await page.getByRole('button', { name: 'Добавить пользователя' }).click();
    const userDialog = page.getByRole('dialog', { name: 'Новый пользователь' });
    await userDialog.getByLabel('Имя пользователя').fill(username);
    await userDialog.getByLabel('Пароль').fill('e2e-Senior-password-1');
    await userDialog.getByRole('combobox', { name: 'Роль' }).click();
    await page.getByRole('option', { name: roleName }).click();
    await userDialog.getByRole('button', { name: 'Создать' }).click();
    await visible(page.getByText(`Пользователь ${username} сохранён`), 'the user confirmation');
    const created = (await api.call('GET', `/api/v1/users?search=${username}`)).data[0];
    expect(created && created.role === roleName, `the user holds the new role (got ${created?.role})`);
    await visible(page.getByTestId(`user-row-${created.id}`).getByText(roleName), 'the users table shows the role as named');
    await shot(page, '73-users-with-custom-role');

    await page.getByRole('tab', { name: 'Роли' }).click();
    const row = page.getByTestId(`role-row-${role.id}`);
    await eventually(async () => (await textOf(row.locator('td').nth(3))) === '1', 'one user holds the role');
    await row.getByRole('button', { name: `Удалить: ${roleName}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Удалить роль' });
    await confirm.getByRole('button', { name: 'Удалить' }).click();
    await visible(confirm.getByRole('alert').filter({ hasText: 'Роль назначена пользователям (1): сначала дайте им другую роль.' }), 'the 409 in Russian');
    await shot(page, '74-role-delete-refused');
    await confirm.getByRole('button', { name: 'Отмена' }).click();
    await page.setViewportSize({ width: 1600, height: 900 });
  }, page);
}
