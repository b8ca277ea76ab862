#!/usr/bin/env node
// End-to-end tests of the built UI (web/dist) against a real `numbase serve`:
// starts the server on a free port with a throw-away data dir, seeds data through the API,
// drives Debian's Chromium with playwright-core, saves a screenshot of each screen to
// e2e/screenshots/, stops the server and removes the data dir.
//
//   npm run build && npm run e2e
//   NUMBASE_BIN=/path/to/numbase CHROMIUM=/usr/bin/chromium npm run e2e
//
// Prints "N passed, M failed" last; exits non-zero on any failure.

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { SeedApi, seed } from './lib/api.mjs';
import { expect, eventually, hidden, screenshots, shot, textOf, TIMEOUT, visible } from './lib/checks.mjs';
import { AppShell, NumbersPage, ProjectDialog, ProjectsPage, SignInPage } from './lib/pages.mjs';
import { startServer } from './lib/server.mjs';
import { adminSectionTests } from './tests/admin-sections.mjs';
import { auditTests } from './tests/audit.mjs';
import { conversionTests } from './tests/conversion.mjs';
import { distributionTests } from './tests/distribution.mjs';
import { homeRolesTests } from './tests/home-roles.mjs';
import { importExportTests, managerExportTests } from './tests/imports-exports.mjs';
import { numbersBulkTests } from './tests/numbers-bulk.mjs';
import { projectTests } from './tests/projects.mjs';
import { workstationTests } from './tests/workstation.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const webDir = resolve(here, '..');
const repoRoot = resolve(webDir, '..');
const bin = resolve(process.env.NUMBASE_BIN ?? join(repoRoot, 'build', 'numbase'));
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ADMIN_PASSWORD = 'e2e-Admin-password-1';
const MANAGER_PASSWORD = 'e2e-Manager-password-1';

const log = (line) => console.log(`e2e: ${line}`);
const results = [];
const cleanups = [];

/** A browser with a fresh profile of its own. */
async function newBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'numbase-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1600, height: 900 },
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(TIMEOUT);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  cleanups.push(close);
  return { context, page, pageErrors, close };
}

async function test(name, fn, page) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    log(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
    if (page) await shot(page, `fail-${name.replace(/[^a-z0-9]+/gi, '-')}`).catch(() => undefined);
  }
}

async function main() {
  mkdirSync(screenshots, { recursive: true });
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: install Debian's (apt-get install -y chromium) or set CHROMIUM`);
  }
  log(`server ${bin}, web ${join(webDir, 'dist')}`);
  const server = await startServer({ bin, webDir: join(webDir, 'dist'), adminPassword: ADMIN_PASSWORD, log });
  cleanups.push(() => server.stop());
  const { baseUrl } = server;
  log(`ready at ${baseUrl}`);

  const api = new SeedApi(baseUrl);
  await api.login('admin', ADMIN_PASSWORD);
  const data = await seed(api, { managerPassword: MANAGER_PASSWORD });
  const firstPhone = data.numbers[0].phone_number;
  log(`seeded project ${data.project.id} with ${data.numbers.length} numbers, manager ${data.manager.username}`);

  // ---- administrator ------------------------------------------------------------------------
  const admin = await newBrowser();
  const { page } = admin;
  const signIn = new SignInPage(page);
  const shell = new AppShell(page);
  const projects = new ProjectsPage(page);
  const numbers = new NumbersPage(page);

  await test('an unknown session is sent to sign-in', async () => {
    await page.goto(`${baseUrl}/numbers`);
    await page.waitForURL(/\/sign-in\?redirect=%2Fnumbers/);
    await visible(page.getByRole('heading', { name: 'Вход в numbase' }), 'the Russian sign-in title');
  }, page);

  await test('a wrong password is refused with a message', async () => {
    await signIn.signIn('admin', 'not-the-password');
    await visible(signIn.alert().filter({ hasText: 'Неверное имя пользователя или пароль' }), 'the wrong-password message');
    await shot(page, '01-sign-in-error');
  }, page);

  await test('the administrator signs in and sees the projects table', async () => {
    await signIn.open(baseUrl);
    await shot(page, '00-sign-in');
    await signIn.signIn('admin', ADMIN_PASSWORD);
    // Signing in opens "Сегодня", the home screen.
    await page.waitForURL((url) => url.pathname === '/');
    await visible(shell.heading().filter({ hasText: 'Сегодня' }), 'the home screen');
    await shell.menuLink('Мои проекты').click();
    await page.waitForURL(/\/projects/);
    await visible(shell.heading().filter({ hasText: 'Мои проекты' }), 'the projects heading');
    expect((await textOf(shell.currentUser())) === 'admin', 'the top bar names the user');
    expect((await textOf(shell.currentRole())) === 'Администратор', 'the top bar shows the role');
    const row = projects.row(data.project.id);
    await visible(row, 'the seeded project row');
    const text = await textOf(row);
    expect(text.includes(data.project.name), 'the row shows the name');
    expect(text.includes('Пн Вт Ср Пт'), `the row shows the weekdays (got "${text}")`);
    expect(text.includes('500'), 'the row shows the limit');
    for (const label of ['Мои проекты', 'Мои сделки', 'Удалённые проекты', 'Импорт', 'Экспорт', 'Справочники', 'Пользователи', 'Журнал аудита']) {
      await visible(shell.menuLink(label), `menu entry ${label}`);
    }
    await shot(page, '02-projects');
  }, page);

  await test('the projects search and the state filter narrow the list', async () => {
    await projects.search().fill('Other');
    await page.waitForURL(/q=Other/);
    await visible(projects.row(data.otherProject.id), 'the other project');
    await eventually(async () => (await projects.row(data.project.id).count()) === 0, 'the first project leaves the list');
    await projects.search().fill('');
    await page.waitForURL((url) => !url.search.includes('q='));
    await page.getByRole('combobox', { name: 'Состояние' }).click();
    await page.getByRole('option', { name: 'На паузе' }).click();
    await page.waitForURL(/state=paused/);
    await visible(projects.row(data.otherProject.id), 'the paused project');
    await eventually(async () => (await projects.row(data.project.id).count()) === 0, 'the active project is filtered out');
    await page.getByRole('columnheader', { name: 'Название' }).click();
    await page.waitForURL(/sort=name/);
  }, page);

  await test('the numbers screen lists numbers and filters by project', async () => {
    await shell.menuLink('Мои сделки').click();
    await page.waitForURL(/\/numbers/);
    await visible(shell.heading().filter({ hasText: 'Мои сделки' }), 'the numbers heading');
    await visible(numbers.rowByPhone(firstPhone), 'a seeded number');
    await numbers.filterByProject(data.project.name);
    await page.waitForURL(new RegExp(`project=${data.project.id}`));
    await eventually(async () => (await numbers.rows().count()) === data.numbers.length, 'only the project numbers');
    await eventually(async () => (await textOf(numbers.range())) === `1–${data.numbers.length} из ${data.numbers.length}`, 'the range label');
    const row = await textOf(numbers.rowByPhone(firstPhone));
    expect(row.includes('ООО Ромашка 1') && row.includes('romashka1.ru') && row.includes('Новый'), `row content: ${row}`);
    await shot(page, '03-numbers');
  }, page);

  await test('a status is changed in the grid', async () => {
    await numbers.setStatus(firstPhone, 'В работе');
    await visible(page.getByText('Статус изменён: В работе'), 'the confirmation');
    await eventually(async () => {
      const r = await api.call('GET', `/api/v1/phone_numbers/${data.numbers[0].id}`);
      return r.status_code === 'in_progress';
    }, 'the server has the new status');
    await visible(numbers.rowByPhone(firstPhone).getByText('В работе'), 'the row shows the new status');
    await shot(page, '04-numbers-status-changed');
  }, page);

  await test('the status filter and the phone search reach the server', async () => {
    await page.getByRole('combobox', { name: 'Статус' }).first().click();
    await page.getByRole('option', { name: 'В работе' }).click();
    await page.waitForURL(/status=\d+/);
    await eventually(async () => (await numbers.rows().count()) === 1, 'one number in progress');
    await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await page.getByRole('searchbox', { name: 'Телефон' }).fill('234503');
    await page.waitForURL(/phone=234503/);
    await eventually(async () => (await numbers.rows().count()) === 1, 'one number matches 234503');
    await visible(numbers.rowByPhone('+79161234503'), 'the matching number');
  }, page);

  await test('keyset pages go forward and back', async () => {
    await page.goto(`${baseUrl}/numbers?project=${data.pagingProject.id}`);
    await eventually(async () => (await textOf(numbers.range())) === '1–50 из 55', 'the first page range');
    await page.getByRole('button', { name: 'Следующая страница' }).click();
    await page.waitForURL(/page=2&cursor=/);
    await eventually(async () => (await textOf(numbers.range())) === '51–55 из 55', 'the second page range');
    expect((await numbers.rows().count()) === 5, 'five rows on the last page');
    expect(await page.getByRole('button', { name: 'Следующая страница' }).isDisabled(), 'no page after the last');
    await shot(page, '05-numbers-page-2');
    await page.reload();
    await eventually(async () => (await textOf(numbers.range())) === '51–55 из 55', 'the second page after a reload');
    await page.getByRole('button', { name: 'Предыдущая страница' }).click();
    await eventually(async () => (await textOf(numbers.range())) === '1–50 из 55', 'back on the first page');
    expect(!page.url().includes('cursor='), 'the first page has no cursor');
    await page.getByRole('combobox', { name: /Строк на странице/ }).click();
    await page.getByRole('option', { name: '100' }).click();
    await eventually(async () => (await textOf(numbers.range())) === '1–55 из 55', 'one page of 100');
    await page.goto(`${baseUrl}/numbers?phone=234503`);
  }, page);

  await test('English replaces every label and stays after a reload', async () => {
    await shell.switchLanguage('en');
    await visible(shell.heading().filter({ hasText: 'My deals' }), 'the English heading');
    await visible(shell.menuLink('My projects'), 'the English menu');
    await visible(page.getByRole('button', { name: 'Sign out' }), 'the English sign-out');
    await visible(page.getByRole('button', { name: 'Reset filters' }), 'an English filter button');
    await page.reload();
    await visible(shell.heading().filter({ hasText: 'My deals' }), 'English after a reload');
    await visible(page.getByRole('columnheader', { name: 'Company' }), 'an English column');
    await visible(page.getByRole('combobox', { name: 'Project' }), 'the English project filter');
    expect((await textOf(shell.currentRole())) === 'Administrator', 'the role in English');
    await shot(page, '06-numbers-en');
    await shell.menuLink('My projects').click();
    await visible(projects.row(data.project.id), 'the projects table in English');
    const text = await textOf(projects.row(data.project.id));
    expect(text.includes('Mon Tue Wed Fri'), `English weekdays (got "${text}")`);
    await visible(page.getByRole('columnheader', { name: 'Received today' }), 'an English projects column');
    await shot(page, '06-projects-en');
    await page.getByRole('button', { name: 'Add project' }).click();
    await visible(page.getByRole('dialog').getByText('Days and hours numbers are received'), 'the English project form');
    await page.getByRole('dialog').getByRole('button', { name: 'Mon–Fri' }).click();
    await shot(page, '06-project-form-en');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await shell.switchLanguage('ru');
    await visible(shell.heading().filter({ hasText: 'Мои проекты' }), 'back in Russian');
  }, page);

  await test('a failed request shows a message, not a blank page', async () => {
    await page.route('**/api/v1/projects?*', (route) => route.abort('connectionrefused'));
    await page.goto(`${baseUrl}/projects?state=active`);
    await visible(page.getByRole('alert').filter({ hasText: 'Нет связи с сервером' }), 'the network message');
    await visible(page.getByRole('button', { name: 'Повторить' }), 'a retry button');
    await shot(page, '07-network-error');
    await page.unroute('**/api/v1/projects?*');
    await page.route('**/api/v1/projects?*', (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'FORBIDDEN', message: 'You do not have permission', details: [] } }),
      }),
    );
    await page.goto(`${baseUrl}/projects?state=paused`);
    await visible(page.getByRole('alert').filter({ hasText: 'Недостаточно прав' }), 'the permission message');
    await page.unroute('**/api/v1/projects?*');
    await page.goto(`${baseUrl}/no-such-page`);
    await visible(page.getByRole('heading', { name: 'Страница не найдена' }), 'the not-found page');
  }, page);

  const context = { test, page, baseUrl, api, data };
  await projectTests(context);
  await numbersBulkTests(context);
  await adminSectionTests(context);
  await importExportTests(context);
  await distributionTests(context);
  await conversionTests(context);
  await auditTests(context);
  await homeRolesTests(context);

  await test('sign-out returns to sign-in and ends the session', async () => {
    await shell.signOut();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${baseUrl}/projects`);
    await page.waitForURL(/\/sign-in/);
  }, page);
  await admin.close();

  // ---- manager ------------------------------------------------------------------------------
  const manager = await newBrowser();
  const mPage = manager.page;
  const mShell = new AppShell(mPage);
  await test('a manager sees only what the role allows', async () => {
    const mSignIn = new SignInPage(mPage);
    await mSignIn.open(baseUrl);
    await mSignIn.signIn(data.manager.username, MANAGER_PASSWORD);
    await mPage.waitForURL((url) => url.pathname === '/');
    expect((await textOf(mShell.currentRole())) === 'Менеджер', 'the manager role');
    // "Сегодня": the manager's own day, without the company's.
    await visible(mShell.heading().filter({ hasText: 'Сегодня' }), "the manager's home screen");
    await visible(mPage.getByTestId('tile-overdue'), 'the callbacks');
    await visible(mPage.getByRole('link', { name: 'Получить базу' }), 'the way to get a base');
    await hidden(mPage.getByRole('heading', { name: 'Компания сегодня' }), 'the company section');
    await shot(mPage, '08-manager-home');
    await mShell.menuLink('Мои проекты').click();
    await mPage.waitForURL(/\/projects/);
    await visible(mShell.menuLink('Мои проекты'), 'projects in the menu');
    await visible(mShell.menuLink('Мои сделки'), 'numbers in the menu');
    for (const label of ['Удалённые проекты', 'Импорт', 'Справочники', 'Пользователи', 'Журнал аудита', 'Пул номеров']) {
      await hidden(mShell.menuLink(label), `menu entry ${label}`);
    }
    await hidden(mPage.getByRole('button', { name: 'Добавить проект' }), 'the add-project button');
    const mProjects = new ProjectsPage(mPage);
    await visible(mProjects.row(data.project.id), 'the project the manager is a member of');
    expect((await mProjects.row(data.otherProject.id).count()) === 0, 'no project the manager is not a member of');
    await shot(mPage, '09-manager-projects');
    await mShell.menuLink('Мои сделки').click();
    await visible(new NumbersPage(mPage).rowByPhone(firstPhone), "the manager's numbers");
    await shot(mPage, '10-manager-numbers');
    await mPage.goto(`${baseUrl}/audit`);
    await visible(mPage.getByRole('heading', { name: 'Нет доступа' }), 'no access to the audit log');
    await shot(mPage, '11-manager-forbidden');
    for (const path of ['/projects/deleted', '/users', '/dictionaries']) {
      await mPage.goto(`${baseUrl}${path}`);
      await visible(mPage.getByRole('heading', { name: 'Нет доступа' }), `no access to ${path}`);
    }
  }, mPage);

  await test('a manager edits a project but may not delete it or change its members', async () => {
    await mShell.menuLink('Мои проекты').click();
    await new ProjectsPage(mPage).row(data.project.id).click();
    const dialog = new ProjectDialog(mPage);
    await visible(dialog.dialog().getByRole('heading', { name: `Проект «${data.project.name}»` }), 'the project card');
    await visible(dialog.field('Лимит в день'), 'the project settings');
    expect(await dialog.field('Лимит в день').isDisabled(), 'what the project receives is read-only for a manager');
    await visible(mPage.getByText(/меняет администратор/), 'and says who changes it');
    await hidden(dialog.dialog().getByRole('button', { name: 'Удалить проект' }), 'the delete button');
    await hidden(dialog.dialog().getByRole('tab', { name: 'Участники' }), 'the members tab');
    await shot(mPage, '31-manager-project-card');
    await dialog.dialog().getByRole('button', { name: 'Отмена' }).click();
  }, mPage);

  await test('a manager ticks numbers and assigns them to themselves', async () => {
    const mNumbers = new NumbersPage(mPage);
    await mPage.goto(`${baseUrl}/numbers?project=${data.project.id}`);
    await mNumbers.tick(data.numbers[4].phone_number);
    await mNumbers.bulkBar().getByRole('button', { name: 'Закрепить' }).click();
    await mPage.getByRole('menuitem', { name: new RegExp(data.manager.username) }).click();
    await mPage.getByRole('dialog', { name: 'Изменить номера' }).getByRole('button', { name: 'Изменить (1)' }).click();
    await visible(mPage.getByText('Изменено номеров: 1.'), 'the confirmation');
    await eventually(
      async () => (await api.call('GET', `/api/v1/phone_numbers/${data.numbers[4].id}`)).assigned_to === data.manager.id,
      'the number is assigned to the manager',
    );
    await visible(mNumbers.rowByPhone(data.numbers[4].phone_number).getByText(data.manager.username), 'the grid shows the assignee');
    await shot(mPage, '32-manager-assigned');
  }, mPage);

  await managerExportTests({ test, page: mPage, baseUrl, data });

  await test('repeated failures are refused with the wait (429)', async () => {
    const mSignIn = new SignInPage(mPage);
    await mShell.signOut();
    await mPage.waitForURL(/\/sign-in/);
    // Five failures for one name within 15 minutes block it; the earlier wrong password was another name.
    for (let i = 0; i < 6; i++) {
      await mSignIn.signIn('blocked-user', `wrong-${i}`);
      await visible(mSignIn.alert(), 'an error');
      if ((await textOf(mSignIn.alert())).includes('Повторите через')) break;
    }
    const text = await textOf(mSignIn.alert());
    expect(/Слишком много неудачных попыток входа\. Повторите через \d+ (минут|секунд)/.test(text), `the 429 message (got "${text}")`);
    await shot(mPage, '12-sign-in-blocked');
  }, mPage);

  // ---- the manager's workstation, on a 1366×768 screen ----------------------------------------
  const station = await newBrowser();
  await station.page.setViewportSize({ width: 1366, height: 768 });
  await workstationTests({ test, page: station.page, baseUrl, api, data, managerPassword: MANAGER_PASSWORD });

  for (const { name, pageErrors } of [
    { name: 'administrator', ...admin },
    { name: 'manager', ...manager },
    { name: 'workstation', ...station },
  ]) {
    await test(`no uncaught script errors (${name})`, async () => {
      expect(pageErrors.length === 0, pageErrors.join('\n'));
    });
  }
}

let fatal = null;
try {
  await main();
} catch (error) {
  fatal = error;
  console.error(`e2e: ${error instanceof Error ? error.stack : String(error)}`);
}
for (const cleanup of cleanups.reverse()) {
  await cleanup().catch((error) => console.error(`e2e: cleanup failed: ${error.message}`));
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed + (fatal ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
