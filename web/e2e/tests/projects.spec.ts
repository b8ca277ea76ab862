// The administrator's project screens: the list's search and filters, the project form,
// members, soft delete and restore, permanent deletion with its progress.

import { expect, test } from '../fixtures';
import type { ListPage, Project, ProjectMember } from '../support/api';
import { AppShell, DeletedProjectsPage, ProjectDialog, ProjectsPage } from '../pages';
import { shot } from '../support/helpers';

test('the projects search and the state filter narrow the list', async ({ adminPage: page, data }) => {
  const projects = new ProjectsPage(page);
  await page.goto('/projects');
  await expect(projects.row(data.project.id), 'the first project').toBeVisible();
  await projects.search().fill('Other');
  await page.waitForURL(/q=Other/);
  await expect(projects.row(data.otherProject.id), 'the other project').toBeVisible();
  await expect(projects.row(data.project.id), 'the first project leaves the list').toHaveCount(0);
  await projects.search().fill('');
  await page.waitForURL((url) => !url.search.includes('q='));
  await page.getByRole('combobox', { name: 'Состояние' }).click();
  await page.getByRole('option', { name: 'На паузе' }).click();
  await page.waitForURL(/state=paused/);
  await expect(projects.row(data.otherProject.id), 'the paused project').toBeVisible();
  await expect(projects.row(data.project.id), 'the active project is filtered out').toHaveCount(0);
  await page.getByRole('columnheader', { name: 'Название' }).click();
  await page.waitForURL(/sort=name/);
});

test('the project form refuses an incomplete project', async ({ adminPage: page }) => {
  const dialog = new ProjectDialog(page);
  await page.goto('/projects');
  await page.getByRole('button', { name: 'Добавить проект' }).click();
  await expect(dialog.dialog().getByRole('heading', { name: 'Новый проект' }), 'the new-project dialog').toBeVisible();
  await dialog.submit('Создать');
  await expect(dialog.dialog().getByText('Заполните поле'), 'the name is required').toBeVisible();
  await expect(dialog.dialog().getByText('Активному проекту нужен хотя бы один поставщик'), 'a provider is required').toBeVisible();
  await expect(dialog.dialog().getByText('Активному проекту нужна хотя бы одна география'), 'a geo is required').toBeVisible();
  await shot(page, '13-project-form-errors');
});

// Serial: the tests after the first work on the project the first creates through the form.
test.describe.serial('a project made in the form', () => {
  let created: Project;
  let name: string;

  test.beforeAll(({ data }) => {
    name = `E2E Форма ${data.suffix}`;
  });

  test('the administrator creates a project with providers, geo and schedule', async ({ adminPage: page, api, data }) => {
    const dialog = new ProjectDialog(page);
    const projects = new ProjectsPage(page);
    await page.goto('/projects');
    await page.getByRole('button', { name: 'Добавить проект' }).click();
    await expect(dialog.dialog().getByRole('heading', { name: 'Новый проект' }), 'the new-project dialog').toBeVisible();
    await dialog.field('Название').fill(name);
    await dialog.field('Тэг').fill('form');
    await dialog.field('Тип').fill('Заказ');
    await dialog.field('Лимит в день').fill('250');
    await dialog.pickProvider(data.provider.code);
    await dialog.pickGeo('Моск', data.geo.name);
    await expect(dialog.dialog().getByText(/Europe\/Moscow, UTC\+3/), 'the time zone of the geo').toBeVisible();
    await dialog.toggleDay('Понедельник');
    await dialog.toggleDay('Среда');
    await dialog.toggleDay('Пятница');
    await dialog.setHours('Пятница', '10:00', '19:00');
    await shot(page, '14-project-form-filled');
    await dialog.submit('Создать');
    await expect(page.getByText(`Проект «${name}» создан`), 'the confirmation').toBeVisible();
    await expect(dialog.dialog(), 'the dialog').toBeHidden();
    const found = await api.call<ListPage<Project>>('GET', `/api/v1/projects?search=${encodeURIComponent(name)}`);
    expect(found.data, `one project named ${name}`).toHaveLength(1);
    created = await api.call<Project>('GET', `/api/v1/projects/${found.data[0].id}`);
    expect(created, 'the fields').toMatchObject({ tag: 'form', type: 'Заказ', daily_limit: 250, is_active: true });
    expect(created.provider_ids, 'the providers').toEqual([data.provider.id]);
    expect(created.geo_ids, 'the geo').toEqual([data.geo.id]);
    const schedule = created.schedule.map((e) => `${e.weekday}:${e.start_time ?? ''}-${e.end_time ?? ''}`).join(' ');
    expect(schedule, 'the schedule').toBe('1:- 3:- 5:10:00-19:00');
    await expect(projects.row(created.id), 'the new row').toBeVisible();
    await expect(projects.row(created.id), 'the row shows the weekdays').toContainText('Пн Ср Пт');
  });

  test("the server's field errors show under the fields", async ({ adminPage: page, api }) => {
    const dialog = new ProjectDialog(page);
    await page.goto('/projects');
    await new ProjectsPage(page).row(created.id).click();
    await expect(dialog.dialog().getByRole('heading', { name: `Проект «${name}»` }), 'the project card').toBeVisible();
    await page.route('**/api/v1/projects/*/settings', (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'VALIDATION_ERROR',
            message: 'Validation failed',
            details: [
              { field: 'schedule[2].end_time', issue: 'must be a time from 00:01 to 24:00' },
              { field: 'geo_ids', issue: 'contains an unknown geo' },
            ],
          },
        }),
      }),
    );
    await dialog.submit('Сохранить');
    await expect(page.getByTestId('schedule-day-5').getByText('должно быть временем от 00:01 до 24:00'), "the window's issue under Friday, in Russian").toBeVisible();
    await expect(dialog.dialog().getByText('содержит неизвестное гео'), "the geo's issue, in Russian").toBeVisible();
    await shot(page, '15-project-form-server-errors');
    await page.unroute('**/api/v1/projects/*/settings');
    await dialog.field('Лимит в день').fill('300');
    await dialog.submit('Сохранить');
    await expect(page.getByText(`Проект «${name}» сохранён`), 'the confirmation').toBeVisible();
    await expect
      .poll(async () => (await api.call<Project>('GET', `/api/v1/projects/${created.id}`)).daily_limit, { message: 'the new limit is saved' })
      .toBe(300);
  });

  test('a member is added in the project card', async ({ adminPage: page, api, data }) => {
    const dialog = new ProjectDialog(page);
    await page.goto('/projects');
    await new ProjectsPage(page).row(created.id).click();
    await dialog.dialog().getByRole('tab', { name: 'Участники' }).click();
    const input = dialog.dialog().getByRole('combobox', { name: 'Пользователь' });
    await input.click();
    await input.fill(data.manager.username);
    await page.getByRole('option', { name: new RegExp(data.manager.username) }).click();
    await dialog.dialog().getByRole('button', { name: 'Добавить', exact: true }).click();
    await expect(dialog.dialog().getByTestId(`member-row-${data.manager.id}`), 'the member row').toBeVisible();
    await shot(page, '16-project-members');
    const members = await api.call<ListPage<ProjectMember>>('GET', `/api/v1/projects/${created.id}/members`);
    expect(members.data.map((m) => m.user_id), 'the server has the member').toContain(data.manager.id);
    await dialog.dialog().getByRole('button', { name: 'Закрыть' }).click();
    await expect(dialog.dialog(), 'the dialog').toBeHidden();
  });

  test('a project is deleted and restored from the deleted projects', async ({ adminPage: page, api, data }) => {
    const dialog = new ProjectDialog(page);
    const projects = new ProjectsPage(page);
    const deleted = new DeletedProjectsPage(page);
    const shell = new AppShell(page);
    await page.goto('/projects');
    await projects.row(created.id).click();
    await dialog.dialog().getByRole('button', { name: 'Удалить проект' }).click();
    const confirm = page.getByRole('dialog', { name: 'Удалить проект' });
    await confirm.getByLabel('Причина (необязательно)').fill('E2E: кампания завершена');
    await confirm.getByRole('button', { name: 'Удалить', exact: true }).click();
    await expect(page.getByText(`Проект «${name}» перемещён в удалённые`), 'the confirmation').toBeVisible();
    await expect(projects.row(created.id), 'the row leaves the list').toHaveCount(0);
    await shell.menuLink('Удалённые проекты').click();
    await page.waitForURL(/\/projects\/deleted/);
    const row = deleted.row(created.id);
    await expect(row, 'the deleted project').toBeVisible();
    await expect(row, 'who deleted it').toContainText('admin');
    await expect(row, 'and why').toContainText('E2E: кампания завершена');
    await expect(deleted.row(data.deletedProject.id), 'the project deleted through the API').toBeVisible();
    await shot(page, '17-deleted-projects');
    await row.getByRole('button', { name: `Восстановить: ${name}` }).click();
    await expect(page.getByText(`Проект «${name}» восстановлен`), 'the confirmation').toBeVisible();
    await expect(deleted.row(created.id), 'the row leaves the deleted list').toHaveCount(0);
    expect((await api.call<Project>('GET', `/api/v1/projects/${created.id}`)).deleted_at, 'the server restored it').toBeNull();
    await shell.menuLink('Мои проекты').click();
    await expect(projects.row(created.id), 'the project is back in the list').toBeVisible();
  });
});

test('a deleted project is deleted for good, with the progress shown', async ({ adminPage: page, api, data }) => {
  const deleted = new DeletedProjectsPage(page);
  const target = data.purgeProject;
  await page.goto('/projects/deleted');
  await deleted.row(target.id).getByRole('button', { name: `Удалить навсегда: ${target.name}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Удалить проект навсегда' });
  await expect(confirm, 'the dialog names the project').toContainText(`«${target.name}»`);
  await expect(confirm, 'and its numbers').toContainText('3 номера');
  await shot(page, '18-purge-confirm');
  await confirm.getByRole('button', { name: 'Удалить навсегда' }).click();
  await expect(confirm.getByTestId('purge-progress'), 'the progress').toBeVisible();
  await expect(confirm.getByText(`Проект «${target.name}» удалён навсегда, номеров удалено: 3.`), 'the end of the job').toBeVisible({ timeout: 30_000 });
  await shot(page, '19-purge-done');
  await confirm.getByRole('button', { name: 'Закрыть' }).click();
  await expect(deleted.row(target.id), 'the row leaves the list').toHaveCount(0);
  expect(await api.status('GET', `/api/v1/projects/${target.id}`), 'the project is gone').toBe(404);
});
