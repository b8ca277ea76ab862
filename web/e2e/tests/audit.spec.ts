// The audit log: the administrator opens "Журнал аудита", filters it to a project, opens the
// record of a change made through the API (old → new), and downloads the filtered log as CSV
// with a Russian header.

import { expect, test } from '../fixtures';
import type { Project } from '../support/api';
import { AppShell } from '../pages';
import { saveDownload, shot, startsWithBom } from '../support/helpers';

// A project of the audit's own (made and changed through the API before the tests), so that no
// other test's change of a seeded project comes between: its newest record is this change.
let project: Project;
let before = 0;
let after = 0;

test.beforeAll(async ({ api, data }) => {
  project = await api.call<Project>('POST', '/api/v1/projects', { name: `E2E Аудит ${data.suffix}`, tag: 'audit', daily_limit: 400, is_active: false });
  before = project.daily_limit ?? 0;
  after = before + 150;
  await api.call('PATCH', `/api/v1/projects/${project.id}`, { daily_limit: after });
});

test('audit: the log is filtered to a project and a change opens to old → new', async ({ adminPage: page }) => {
  const shell = new AppShell(page);
  const rows = () => page.getByTestId(/^audit-row-\d+$/);

  await page.goto('/projects');
  await shell.menuLink('Журнал аудита').click();
  await page.waitForURL(/\/audit$/);
  await expect(shell.heading().filter({ hasText: 'Журнал аудита' }), 'the audit heading').toBeVisible();
  await expect(rows().first(), 'records of the log').toBeVisible();

  const type = page.getByRole('combobox', { name: 'Тип объекта' });
  await type.fill('Проект');
  await page.getByRole('option', { name: /^Проект project$/ }).click();
  await page.getByRole('searchbox', { name: 'ID объекта' }).fill(String(project.id));
  await page.waitForURL(new RegExp(`\\?entity_type=project&entity_id=${project.id}$`));
  await expect
    .poll(
      async () => {
        const texts = await rows().allInnerTexts();
        return texts.length > 0 && texts.every((t) => t.includes(`Проект #${project.id}`));
      },
      { message: "only the project's records" },
    )
    .toBe(true);

  // The project was created through the API: its oldest record.
  const created = rows().filter({ hasText: 'Создание' });
  await expect(created, 'the creation of the project').toBeVisible();
  await expect(created, 'the creation names the administrator').toContainText('admin');

  // Newest first: the change made through the API.
  const latest = rows().first();
  await expect(latest, 'the change in the list').toContainText('Изменение');
  await expect(latest, 'the change in the list, old → new').toContainText(`daily_limit: ${before} → ${after}`);
  await latest.getByRole('button', { name: 'Показать подробности' }).click();
  const id = (await latest.getAttribute('data-testid'))?.replace('audit-row-', '');
  const change = page.getByTestId(`audit-details-${id}`).getByTestId('audit-change-daily_limit');
  await expect(change, 'the changed field').toBeVisible();
  await expect(change.locator('td'), 'daily_limit old → new').toHaveText(['daily_limit', String(before), '→', String(after)]);
  await expect(page.getByTestId(`audit-details-${id}`).getByText('IP-адрес'), 'where the request came from').toBeVisible();
  await shot(page, '60-audit');

  // The creation: every field from nothing to its first value.
  await latest.getByRole('button', { name: 'Скрыть подробности' }).click();
  await created.getByRole('button', { name: 'Показать подробности' }).click();
  const createdId = (await created.getAttribute('data-testid'))?.replace('audit-row-', '');
  const name = page.getByTestId(`audit-details-${createdId}`).getByTestId('audit-change-name');
  await expect(name, 'the name of the created project').toBeVisible();
  await expect(name.locator('td'), 'the name from nothing').toHaveText(['name', '—', '→', project.name]);
  await shot(page, '61-audit-created', { height: 1400 });

  // The link keeps the filters.
  await page.reload();
  await expect(rows().filter({ hasText: `daily_limit: ${before} → ${after}` }), 'the change after a reload').toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'ID объекта' }), 'the object id field').toHaveValue(String(project.id));
});

test('audit: the filtered log downloads as CSV with a Russian header', async ({ adminPage: page }) => {
  await page.goto(`/audit?entity_type=project&entity_id=${project.id}`);
  await expect(page.getByTestId(/^audit-row-\d+$/).filter({ hasText: `daily_limit: ${before} → ${after}` }), 'the filtered log').toBeVisible();
  const file = await saveDownload(page, () => page.getByRole('button', { name: 'Выгрузить в CSV' }).click());
  expect(file.name, 'the file name').toBe('audit_log.csv');
  expect(startsWithBom(file.bytes), 'a UTF-8 BOM').toBe(true);
  const lines = file.bytes.subarray(3).toString('utf8').trim().split('\r\n');
  expect(lines[0], 'the Russian header').toMatch(/^id,время,тип автора/);
  expect(lines.length, 'records under the header').toBeGreaterThan(1);
  expect(lines.slice(1).filter((l) => !l.includes(`,project,${project.id},`)), "only the project's records").toEqual([]);
  expect(lines[1], 'the newest record first').toContain('daily_limit');
  await expect(page.getByText('Файл «audit_log.csv» загружен'), 'the confirmation').toBeVisible();
});
