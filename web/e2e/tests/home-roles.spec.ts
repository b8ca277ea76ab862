// "Сегодня" and the role editor: the administrator's home screen shows their callbacks and the
// company's day (a project at its daily limit among them); a role "старший менеджер" made in the
// users screen's "Роли" tab is offered in the user dialog, and the server keeps a role users hold.

import { expect, test } from '../fixtures';
import type { ListPage, Project, User } from '../support/api';
import { AppShell } from '../pages';
import { shot } from '../support/helpers';

interface Home {
  callbacks_overdue: number;
  company: { received_by_supplier: { provider_id: number; code: string }[] } | null;
}

interface Role {
  id: number;
  name: string;
  built_in: boolean;
  permissions: string[];
}

test('home: the administrator sees "Сегодня" with their callbacks and the company section', async ({ adminPage: page, api, data }) => {
  const shell = new AppShell(page);
  const admin = (await api.call<{ user: User }>('GET', '/api/v1/auth/me')).user;
  const project = await api.call<Project>('POST', '/api/v1/projects', {
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
  const home = await api.call<Home>('GET', '/api/v1/home');
  expect(home.company, 'the server sends the company part to an administrator').not.toBeNull();
  expect(home.callbacks_overdue, 'two overdue callbacks').toBeGreaterThanOrEqual(2);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await expect(shell.heading().filter({ hasText: 'Сегодня' }), 'the home heading').toBeVisible();
  await expect(shell.menuLink('Сегодня'), 'the home entry in the menu').toBeVisible();
  const overdue = page.getByTestId('tile-overdue');
  await expect(page.getByTestId('tile-overdue-value'), 'the overdue count').toHaveText(String(home.callbacks_overdue));
  await expect(overdue, "the overdue tile opens the user's overdue callbacks").toHaveAttribute('href', `/numbers?assignee=${admin.id}&reminder=overdue`);
  await expect(page.getByTestId('tile-calls-value'), 'no SoftPhone calls of theirs today').toHaveText('0');
  await expect(page.getByRole('heading', { name: 'Компания сегодня' }), 'the company section').toBeVisible();
  await expect(page.getByTestId(`home-at-limit-${project.id}`), 'the project at its daily limit').toBeVisible();
  await expect(page.getByTestId(`home-at-limit-${project.id}`), 'received of the limit').toContainText('2 из 2');
  for (const supplier of home.company?.received_by_supplier ?? [])
    await expect(page.getByTestId(`home-supplier-${supplier.provider_id}`), `the supplier ${supplier.code}`).toBeVisible();
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
  await expect(page.getByTestId('home-import-running-901'), 'a running import').toBeVisible();
  await expect(page.getByTestId('home-import-failed-903'), "the failed import's error in Russian").toContainText('Файл не удаётся прочитать: это не файл XLSX');
  await expect(page.getByTestId(`home-without-numbers-${data.otherProject.id}`), 'a project left without numbers').toBeVisible();
  await shot(page, '70-home-admin-lists', { height: 1300 });
  await page.unroute('**/api/v1/home');
  await page.reload();
  await expect(page.getByTestId(`home-at-limit-${project.id}`), 'the real day again').toBeVisible();

  await overdue.click();
  await page.waitForURL(new RegExp(`/numbers\\?assignee=${admin.id}&reminder=overdue`));
  await expect(page.getByRole('heading', { name: 'Мои сделки' }), 'the numbers screen').toBeVisible();
  await page.goBack();
  await page.getByTestId(`home-at-limit-${project.id}`).getByRole('link').click();
  await page.waitForURL(/\/projects\?q=/);
  await expect(page.getByTestId(`project-row-${project.id}`), 'the project found on "Мои проекты"').toBeVisible();
});

test('roles: the administrator creates "старший менеджер" and gives it to a user', async ({ adminPage: page, api, data }) => {
  const roleName = 'старший менеджер';
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/users');
  await page.getByRole('tab', { name: 'Роли' }).click();
  await page.waitForURL(/tab=roles/);
  await expect(page.getByRole('table', { name: 'Роли' }).getByRole('cell', { name: 'Администратор' }), 'the built-in roles').toBeVisible();
  await shot(page, '71-roles');
  await page.getByRole('button', { name: 'Добавить роль' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая роль' });
  await dialog.getByLabel('Название', { exact: true }).fill(roleName);
  await dialog.getByLabel('Описание', { exact: true }).fill('Ведёт команду и забирает номера у коллег');
  await dialog.getByRole('checkbox', { name: /Видеть номера своих проектов/ }).check();
  await dialog.getByRole('checkbox', { name: /Забирать номера, закреплённые за коллегами/ }).check();
  await shot(page, '72-role-dialog');
  await dialog.getByRole('button', { name: 'Создать' }).click();
  await expect(page.getByText(`Роль «${roleName}» сохранена`), 'the confirmation').toBeVisible();
  await expect(dialog, 'the dialog').toBeHidden();
  const role = (await api.call<ListPage<Role>>('GET', '/api/v1/roles')).data.find((r) => r.name === roleName);
  if (!role) throw new Error(`the server has no role «${roleName}»`);
  expect(role.built_in, 'a role of ours, not built in').toBe(false);
  expect([...role.permissions].sort(), 'the ticked permissions').toEqual(['phone_numbers.read', 'phone_numbers.reassign']);
  await expect(page.getByTestId(`role-row-${role.id}`).getByText(roleName), 'the new row').toBeVisible();

  const username = `e2e_senior_${data.suffix}`;
  await page.getByRole('tab', { name: 'Пользователи' }).click();
  await page.getByRole('button', { name: 'Добавить пользователя' }).click();
  const userDialog = page.getByRole('dialog', { name: 'Новый пользователь' });
  await userDialog.getByLabel('Имя пользователя').fill(username);
  await userDialog.getByLabel('Пароль').fill('e2e-Senior-password-1');
  await userDialog.getByRole('combobox', { name: 'Роль' }).click();
  await page.getByRole('option', { name: roleName }).click();
  await userDialog.getByRole('button', { name: 'Создать' }).click();
  await expect(page.getByText(`Пользователь ${username} сохранён`), 'the user confirmation').toBeVisible();
  const created = (await api.call<ListPage<User>>('GET', `/api/v1/users?search=${username}`)).data[0];
  expect(created?.role, 'the user holds the new role').toBe(roleName);
  await expect(page.getByTestId(`user-row-${created.id}`).getByText(roleName), 'the users table shows the role as named').toBeVisible();
  await shot(page, '73-users-with-custom-role');

  await page.getByRole('tab', { name: 'Роли' }).click();
  const row = page.getByTestId(`role-row-${role.id}`);
  await expect(row.locator('td').nth(3), 'one user holds the role').toHaveText('1');
  await row.getByRole('button', { name: `Удалить: ${roleName}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Удалить роль' });
  await confirm.getByRole('button', { name: 'Удалить' }).click();
  await expect(
    confirm.getByRole('alert').filter({ hasText: 'Роль назначена пользователям (1): сначала дайте им другую роль.' }),
    'the 409 in Russian',
  ).toBeVisible();
  await shot(page, '74-role-delete-refused');
  await confirm.getByRole('button', { name: 'Отмена' }).click();
});
