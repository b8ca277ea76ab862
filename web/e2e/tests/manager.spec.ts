// A manager: what the role shows and hides, a project's card read-only in part, numbers assigned
// to oneself, exports without imports.

import { expect, test } from '../fixtures';
import type { PhoneNumber } from '../support/api';
import { AppShell, NumbersPage, ProjectDialog, ProjectsPage, SignInPage } from '../pages';
import { saveDownload, shot } from '../support/helpers';

test('a manager sees only what the role allows', async ({ page, server, data }) => {
  const shell = new AppShell(page);
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(data.manager.username, server.managerPassword);
  await page.waitForURL((url) => url.pathname === '/');
  await expect(shell.currentRole(), 'the manager role').toHaveText('Менеджер');
  // "Сегодня": the manager's own day, without the company's.
  await expect(shell.heading().filter({ hasText: 'Сегодня' }), "the manager's home screen").toBeVisible();
  await expect(page.getByTestId('tile-overdue'), 'the callbacks').toBeVisible();
  await expect(page.getByRole('link', { name: 'Получить базу' }), 'the way to get a base').toBeVisible();
  await expect(page.getByRole('heading', { name: 'Компания сегодня' }), 'the company section').toBeHidden();
  await shot(page, '08-manager-home');
  await shell.menuLink('Мои проекты').click();
  await page.waitForURL(/\/projects/);
  await expect(shell.menuLink('Мои проекты'), 'projects in the menu').toBeVisible();
  await expect(shell.menuLink('Мои сделки'), 'numbers in the menu').toBeVisible();
  for (const label of ['Удалённые проекты', 'Импорт', 'Справочники', 'Пользователи', 'Журнал аудита', 'Пул номеров']) {
    await expect(shell.menuLink(label), `menu entry ${label}`).toBeHidden();
  }
  await expect(page.getByRole('button', { name: 'Добавить проект' }), 'the add-project button').toBeHidden();
  const projects = new ProjectsPage(page);
  await expect(projects.row(data.project.id), 'the project the manager is a member of').toBeVisible();
  await expect(projects.row(data.otherProject.id), 'no project the manager is not a member of').toHaveCount(0);
  await shot(page, '09-manager-projects');
  await shell.menuLink('Мои сделки').click();
  await expect(new NumbersPage(page).rowByPhone(data.numbers[0].phone_number), "the manager's numbers").toBeVisible();
  await shot(page, '10-manager-numbers');
  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: 'Нет доступа' }), 'no access to the audit log').toBeVisible();
  await shot(page, '11-manager-forbidden');
  for (const path of ['/projects/deleted', '/users', '/dictionaries']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Нет доступа' }), `no access to ${path}`).toBeVisible();
  }
});

test('a manager edits a project but may not delete it or change its members', async ({ managerPage: page, data }) => {
  const shell = new AppShell(page);
  await page.goto('/');
  await shell.menuLink('Мои проекты').click();
  await new ProjectsPage(page).row(data.project.id).click();
  const dialog = new ProjectDialog(page);
  await expect(dialog.dialog().getByRole('heading', { name: `Проект «${data.project.name}»` }), 'the project card').toBeVisible();
  await expect(dialog.field('Лимит в день'), 'the project settings').toBeVisible();
  await expect(dialog.field('Лимит в день'), 'what the project receives is read-only for a manager').toBeDisabled();
  await expect(page.getByText(/меняет администратор/), 'and says who changes it').toBeVisible();
  await expect(dialog.dialog().getByRole('button', { name: 'Удалить проект' }), 'the delete button').toBeHidden();
  await expect(dialog.dialog().getByRole('tab', { name: 'Участники' }), 'the members tab').toBeHidden();
  await shot(page, '31-manager-project-card');
  await dialog.dialog().getByRole('button', { name: 'Отмена' }).click();
});

test('a manager ticks numbers and assigns them to themselves', async ({ managerPage: page, api, data }) => {
  const numbers = new NumbersPage(page);
  const number = data.numbers[4];
  await page.goto(`/numbers?project=${data.project.id}`);
  await numbers.tick(number.phone_number);
  await numbers.bulkBar().getByRole('button', { name: 'Закрепить' }).click();
  await page.getByRole('menuitem', { name: new RegExp(data.manager.username) }).click();
  await page.getByRole('dialog', { name: 'Изменить номера' }).getByRole('button', { name: 'Изменить (1)' }).click();
  await expect(page.getByText('Изменено номеров: 1.'), 'the confirmation').toBeVisible();
  await expect
    .poll(async () => (await api.call<PhoneNumber>('GET', `/api/v1/phone_numbers/${number.id}`)).assigned_to, {
      message: 'the number is assigned to the manager',
    })
    .toBe(data.manager.id);
  await expect(numbers.rowByPhone(number.phone_number).getByText(data.manager.username), 'the grid shows the assignee').toBeVisible();
  await shot(page, '32-manager-assigned');
});

test('a manager sees Exports but not Imports, and exports their numbers', async ({ managerPage: page, data }) => {
  const shell = new AppShell(page);
  await page.goto('/projects');
  await expect(shell.menuLink('Экспорт'), 'exports in the menu').toBeVisible();
  await expect(shell.menuLink('Импорт'), 'imports in the menu').toBeHidden();
  await page.goto('/imports');
  await expect(page.getByRole('heading', { name: 'Нет доступа' }), 'no access to the imports').toBeVisible();
  await page.goto(`/numbers?project=${data.project.id}`);
  await page.getByRole('main').getByRole('link', { name: 'Экспорт' }).click();
  await page.waitForURL(/\/exports\?project=/);
  await page.getByRole('radio', { name: 'Excel (XLSX)' }).check();
  await page.getByRole('button', { name: 'Выгрузить' }).click();
  const done = page.getByTestId('export-done');
  await expect(done, 'the finished export').toBeVisible({ timeout: 60_000 });
  const file = await saveDownload(page, () => done.getByRole('button', { name: /^Скачать numbers_/ }).click());
  expect(file.name, 'an XLSX file').toMatch(/\.xlsx$/);
  expect([...file.bytes.subarray(0, 2)], 'a zip file (PK)').toEqual([0x50, 0x4b]);
  await shot(page, '50-manager-exports');
});
