// English: the language switch replaces every label and is remembered.

import { expect, test } from '../fixtures';
import { AppShell, ProjectsPage } from '../pages';
import { shot } from '../support/helpers';

test('English replaces every label and stays after a reload', async ({ adminPage: page, data }) => {
  const shell = new AppShell(page);
  const projects = new ProjectsPage(page);
  await page.goto('/numbers?phone=234503');
  await expect(shell.heading().filter({ hasText: 'Мои сделки' }), 'the numbers screen in Russian').toBeVisible();
  await shell.switchLanguage('en');
  await expect(shell.heading().filter({ hasText: 'My deals' }), 'the English heading').toBeVisible();
  await expect(shell.menuLink('My projects'), 'the English menu').toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' }), 'the English sign-out').toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset filters' }), 'an English filter button').toBeVisible();
  await page.reload();
  await expect(shell.heading().filter({ hasText: 'My deals' }), 'English after a reload').toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Company' }), 'an English column').toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Project' }), 'the English project filter').toBeVisible();
  await expect(shell.currentRole(), 'the role in English').toHaveText('Administrator');
  await shot(page, '06-numbers-en');
  await shell.menuLink('My projects').click();
  await expect(projects.row(data.project.id), 'the projects table in English').toBeVisible();
  await expect(projects.row(data.project.id), 'English weekdays').toContainText('Mon Tue Wed Fri');
  await expect(page.getByRole('columnheader', { name: 'Received today' }), 'an English projects column').toBeVisible();
  await shot(page, '06-projects-en');
  await page.getByRole('button', { name: 'Add project' }).click();
  await expect(page.getByRole('dialog').getByText('Days and hours numbers are received'), 'the English project form').toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Mon–Fri' }).click();
  await shot(page, '06-project-form-en');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await shell.switchLanguage('ru');
  await expect(shell.heading().filter({ hasText: 'Мои проекты' }), 'back in Russian').toBeVisible();
});
