// Signing in and out: the sign-in screen, a wrong password, the administrator's first screen,
// signing out, and the wait after repeated failures (429).

import { expect, test } from '../fixtures';
import { AppShell, ProjectsPage, SignInPage } from '../pages';
import { shot } from '../support/helpers';

test('an unknown session is sent to sign-in', async ({ page }) => {
  await page.goto('/numbers');
  await page.waitForURL(/\/sign-in\?redirect=%2Fnumbers/);
  await expect(page.getByRole('heading', { name: 'Вход в numbase' }), 'the Russian sign-in title').toBeVisible();
});

test('a wrong password is refused with a message', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn('admin', 'not-the-password');
  await expect(signIn.alert().filter({ hasText: 'Неверное имя пользователя или пароль' }), 'the wrong-password message').toBeVisible();
  await shot(page, '01-sign-in-error');
});

test('the administrator signs in and sees the projects table', async ({ page, server, data }) => {
  const signIn = new SignInPage(page);
  const shell = new AppShell(page);
  const projects = new ProjectsPage(page);
  await signIn.open();
  await shot(page, '00-sign-in');
  await signIn.signIn('admin', server.adminPassword);
  // Signing in opens "Сегодня", the home screen.
  await page.waitForURL((url) => url.pathname === '/');
  await expect(shell.heading().filter({ hasText: 'Сегодня' }), 'the home screen').toBeVisible();
  await shell.menuLink('Мои проекты').click();
  await page.waitForURL(/\/projects/);
  await expect(shell.heading().filter({ hasText: 'Мои проекты' }), 'the projects heading').toBeVisible();
  await expect(shell.currentUser(), 'the top bar names the user').toHaveText('admin');
  await expect(shell.currentRole(), 'the top bar shows the role').toHaveText('Администратор');
  const row = projects.row(data.project.id);
  await expect(row, 'the seeded project row').toBeVisible();
  await expect(row, 'the row shows the name').toContainText(data.project.name);
  await expect(row, 'the row shows the weekdays').toContainText('Пн Вт Ср Пт');
  await expect(row, 'the row shows the limit').toContainText('500');
  for (const label of ['Мои проекты', 'Мои сделки', 'Удалённые проекты', 'Импорт', 'Экспорт', 'Справочники', 'Пользователи', 'Журнал аудита']) {
    await expect(shell.menuLink(label), `menu entry ${label}`).toBeVisible();
  }
  await shot(page, '02-projects');
});

test('sign-out returns to sign-in and ends the session', async ({ adminPage: page }) => {
  await page.goto('/projects');
  await new AppShell(page).signOut();
  await page.waitForURL(/\/sign-in/);
  await page.goto('/projects');
  await page.waitForURL(/\/sign-in/);
});

test('repeated failures are refused with the wait (429)', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  // Five failures for one name within 15 minutes block it; the wrong password above was another name.
  for (let i = 0; i < 6; i++) {
    await signIn.signIn('blocked-user', `wrong-${i}`);
    await expect(signIn.alert(), 'an error').toBeVisible();
    if ((await signIn.alert().innerText()).includes('Повторите через')) break;
  }
  await expect(signIn.alert(), 'the 429 message').toHaveText(/Слишком много неудачных попыток входа\. Повторите через \d+ (минут|секунд)/);
  await shot(page, '12-sign-in-blocked');
});
