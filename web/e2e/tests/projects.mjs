// The administrator's project screens: the project form, members, soft delete and restore,
// permanent deletion with its progress.

import { expect, eventually, gone, shot, textOf, visible } from '../lib/checks.mjs';
import { AppShell, DeletedProjectsPage, ProjectDialog, ProjectsPage } from '../lib/pages.mjs';

export async function projectTests({ test, page, baseUrl, api, data }) {
  const dialog = new ProjectDialog(page);
  const projects = new ProjectsPage(page);
  const shell = new AppShell(page);
  const deleted = new DeletedProjectsPage(page);
  const name = `E2E Форма ${data.suffix}`;
  let created = null;

  await test('the project form refuses an incomplete project', async () => {
    await page.goto(`${baseUrl}/projects`);
    await page.getByRole('button', { name: 'Добавить проект' }).click();
    await visible(dialog.dialog().getByRole('heading', { name: 'Новый проект' }), 'the new-project dialog');
    await dialog.submit('Создать');
    await visible(dialog.dialog().getByText('Заполните поле'), 'the name is required');
    await visible(dialog.dialog().getByText('Активному проекту нужен хотя бы один поставщик'), 'a provider is required');
    await visible(dialog.dialog().getByText('Активному проекту нужна хотя бы одна география'), 'a geo is required');
    await shot(page, '13-project-form-errors');
  }, page);

  await test('the administrator creates a project with providers, geo and schedule', async () => {
    await dialog.field('Название').fill(name);
    await dialog.field('Тэг').fill('form');
    await dialog.field('Тип').fill('Заказ');
    await dialog.field('Лимит в день').fill('250');
    await dialog.pickProvider(data.provider.code);
    await dialog.pickGeo('Моск', data.geo.name);
    await visible(dialog.dialog().getByText(/Europe\/Moscow, UTC\+3/), 'the time zone of the geo');
    await dialog.toggleDay('Понедельник');
    await dialog.toggleDay('Среда');
    await dialog.toggleDay('Пятница');
    await dialog.setHours('Пятница', '10:00', '19:00');
    await shot(page, '14-project-form-filled');
    await dialog.submit('Создать');
    await visible(page.getByText(`Проект «${name}» создан`), 'the confirmation');
    await gone(dialog.dialog(), 'the dialog');
    const found = await api.call('GET', `/api/v1/projects?search=${encodeURIComponent(name)}`);
    expect(found.data.length === 1, `one project named ${name}`);
    created = await api.call('GET', `/api/v1/projects/${found.data[0].id}`);
    expect(created.tag === 'form' && created.type === 'Заказ' && created.daily_limit === 250 && created.is_active, 'the fields');
    expect(JSON.stringify(created.provider_ids) === JSON.stringify([data.provider.id]), `providers ${created.provider_ids}`);
    expect(JSON.stringify(created.geo_ids) === JSON.stringify([data.geo.id]), `geo ${created.geo_ids}`);
    const schedule = created.schedule.map((e) => `${e.weekday}:${e.start_time ?? ''}-${e.end_time ?? ''}`).join(' ');
    expect(schedule === '1:- 3:- 5:10:00-19:00', `schedule ${schedule}`);
    await visible(projects.row(created.id), 'the new row');
    expect((await textOf(projects.row(created.id))).includes('Пн Ср Пт'), 'the row shows the weekdays');
  }, page);

  await test("the server's field errors show under the fields", async () => {
    await projects.row(created.id).click();
    await visible(dialog.dialog().getByRole('heading', { name: `Проект «${name}»` }), 'the project card');
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
    await visible(page.getByTestId('schedule-day-5').getByText('должно быть временем от 00:01 до 24:00'), "the window's issue under Friday, in Russian");
    await visible(dialog.dialog().getByText('содержит неизвестное гео'), "the geo's issue, in Russian");
    await shot(page, '15-project-form-server-errors');
    await page.unroute('**/api/v1/projects/*/settings');
    await dialog.field('Лимит в день').fill('300');
    await dialog.submit('Сохранить');
    await visible(page.getByText(`Проект «${name}» сохранён`), 'the confirmation');
    await eventually(async () => (await api.call('GET', `/api/v1/projects/${created.id}`)).daily_limit === 300, 'the new limit is saved');
  }, page);

  await test('a member is added in the project card', async () => {
    await projects.row(created.id).click();
    await dialog.dialog().getByRole('tab', { name: 'Участники' }).click();
    const input = dialog.dialog().getByRole('combobox', { name: 'Пользователь' });
    await input.click();
    await input.fill(data.manager.username);
    await page.getByRole('option', { name: new RegExp(data.manager.username) }).click();
    await dialog.dialog().getByRole('button', { name: 'Добавить', exact: true }).click();
    await visible(dialog.dialog().getByTestId(`member-row-${data.manager.id}`), 'the member row');
    await shot(page, '16-project-members');
    const members = await api.call('GET', `/api/v1/projects/${created.id}/members`);
    expect(members.data.some((m) => m.user_id === data.manager.id), 'the server has the member');
    await dialog.dialog().getByRole('button', { name: 'Закрыть' }).click();
    await gone(dialog.dialog(), 'the dialog');
  }, page);

  await test('a project is deleted and restored from the deleted projects', async () => {
    await projects.row(created.id).click();
    await dialog.dialog().getByRole('button', { name: 'Удалить проект' }).click();
    const confirm = page.getByRole('dialog', { name: 'Удалить проект' });
    await confirm.getByLabel('Причина (необязательно)').fill('E2E: кампания завершена');
    await confirm.getByRole('button', { name: 'Удалить', exact: true }).click();
    await visible(page.getByText(`Проект «${name}» перемещён в удалённые`), 'the confirmation');
    await eventually(async () => (await projects.row(created.id).count()) === 0, 'the row leaves the list');
    await shell.menuLink('Удалённые проекты').click();
    await page.waitForURL(/\/projects\/deleted/);
    const row = deleted.row(created.id);
    await visible(row, 'the deleted project');
    const text = await textOf(row);
    expect(text.includes('admin') && text.includes('E2E: кампания завершена'), `who and why (got "${text}")`);
    await visible(deleted.row(data.purgeProject.id), 'the project deleted through the API');
    await shot(page, '17-deleted-projects');
    await row.getByRole('button', { name: `Восстановить: ${name}` }).click();
    await visible(page.getByText(`Проект «${name}» восстановлен`), 'the confirmation');
    await eventually(async () => (await deleted.row(created.id).count()) === 0, 'the row leaves the deleted list');
    expect((await api.call('GET', `/api/v1/projects/${created.id}`)).deleted_at === null, 'the server restored it');
    await shell.menuLink('Мои проекты').click();
    await visible(projects.row(created.id), 'the project is back in the list');
  }, page);

  await test('a deleted project is deleted for good, with the progress shown', async () => {
    const target = data.purgeProject;
    await page.goto(`${baseUrl}/projects/deleted`);
    await deleted.row(target.id).getByRole('button', { name: `Удалить навсегда: ${target.name}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Удалить проект навсегда' });
    const text = await textOf(confirm);
    expect(text.includes(`«${target.name}»`) && text.includes('3 номера'), `the dialog names the project and its numbers (got "${text}")`);
    await shot(page, '18-purge-confirm');
    await confirm.getByRole('button', { name: 'Удалить навсегда' }).click();
    await visible(confirm.getByTestId('purge-progress'), 'the progress');
    await visible(confirm.getByText(`Проект «${target.name}» удалён навсегда, номеров удалено: 3.`), 'the end of the job', 30_000);
    await shot(page, '19-purge-done');
    await confirm.getByRole('button', { name: 'Закрыть' }).click();
    await eventually(async () => (await deleted.row(target.id).count()) === 0, 'the row leaves the list');
    const status = await fetch(`${baseUrl}/api/v1/projects/${target.id}`, { headers: { Authorization: `Bearer ${api.token}` } }).then((r) => r.status);
    expect(status === 404, `the project is gone (got ${status})`);
  }, page);
}
