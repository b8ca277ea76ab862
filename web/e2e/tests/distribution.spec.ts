// Distribution: numbers imported into the pool (target=pool, a supplier) reach a project of that
// supplier and geo when its "Получить базу" is clicked on the numbers screen; the pool screen
// shows the pool and the run, and loads a newer numbering plan file.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '../fixtures';
import type { ListPage, PhoneNumber, Project, Provider, SeedApi } from '../support/api';
import { AppShell, NumbersPage, ProjectsPage } from '../pages';
import { shot } from '../support/helpers';

/** The registry file the server ships (and loads into a new database). */
const REGISTRY = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'server', 'data', 'ru-numbering-plan', 'DEF-9xx.csv');

const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday }));

/** Six Moscow numbers no other seeded project has. */
function poolCsv(): { text: string; phones: string[] } {
  const phones: string[] = [];
  for (let i = 1; i <= 6; i++) phones.push(`+7495777${String(1000 + i)}`);
  const lines = ['Телефон;Компания;Сайт', ...phones.map((p, i) => `${p};ООО Пул ${i + 1};pool${i + 1}.ru`)];
  return { text: `${lines.join('\r\n')}\r\n`, phones };
}

interface Import {
  id: number;
  status: string;
  error?: string | null;
  imported_rows: number;
  project_id?: number | null;
}

/** Waits for the import to finish (up to a minute) and requires it completed. */
async function waitForImport(api: SeedApi, importId: number): Promise<Import> {
  const current = () => api.call<Import>('GET', `/api/v1/imports/${importId}`);
  await expect
    .poll(async () => (await current()).status, { message: 'the pool import finishes', timeout: 60_000 })
    .toMatch(/^(completed|failed|cancelled)$/);
  const done = await current();
  expect(done.status, `the pool import completes (error: ${done.error})`).toBe('completed');
  return done;
}

// Serial: the tests after the first use the project it makes and the "Получить базу" it runs.
test.describe.serial('the pool and "Получить базу"', () => {
  const csv = poolCsv();
  let project: Project;

  test('distribution: numbers imported into the pool arrive with "Получить базу"', async ({ adminPage: page, api, data }) => {
    const shell = new AppShell(page);
    const numbers = new NumbersPage(page);
    // A supplier of its own, so that only this project can take the pool's numbers.
    const provider = await api.call<Provider>('POST', '/api/v1/providers', { code: `POOL${data.suffix}`, name: 'E2E pool supplier' });
    project = await api.call<Project>('POST', '/api/v1/projects', {
      name: `E2E Пул ${data.suffix}`,
      tag: 'pool',
      type: 'Заказ',
      is_active: true,
      daily_limit: 0,
      provider_ids: [provider.id],
      geo_ids: [data.geo.id],
      // Every day, the whole day: the schedule never says "not now".
      schedule: ALL_DAYS,
      priority: 10,
    });
    expect(project.priority, 'the project has the new fields').toBe(10);
    const started = await api.upload<Import>(
      '/api/v1/imports',
      { target: 'pool', provider_id: provider.id, geo_id: data.geo.id, region: 'RU' },
      { name: 'e2e-pool.csv', type: 'text/csv', text: csv.text },
    );
    expect(started.project_id ?? null, 'a pool import has no project').toBeNull();
    const done = await waitForImport(api, started.id);
    expect(done.imported_rows, `the pool took ${csv.phones.length} numbers`).toBe(csv.phones.length);

    await page.goto(`/numbers?project=${project.id}`);
    await expect(shell.heading().filter({ hasText: 'Мои сделки' }), 'the numbers heading').toBeVisible();
    await expect(page.getByText('Номеров не найдено'), 'no numbers in the project yet').toBeVisible();
    const button = page.getByRole('button', { name: 'Получить базу', exact: true });
    await expect(button, 'the orange "Получить базу" button').toBeVisible();
    await shot(page, '50-get-base-before');
    await button.click();

    await expect(page.getByRole('alert').filter({ hasText: `Получено ${csv.phones.length} номеров` }), 'the number of numbers received').toBeVisible();
    await expect(numbers.rows(), 'the numbers arrive in the grid').toHaveCount(csv.phones.length);
    await expect(numbers.rowByPhone(csv.phones[0]), 'an imported number in the grid').toBeVisible();
    await expect(numbers.rowByPhone(csv.phones[0]), 'the row keeps the company').toContainText('ООО Пул 1');
    const mine = await api.call<ListPage<PhoneNumber>>('GET', `/api/v1/phone_numbers?project_id=${project.id}&limit=50`);
    expect(mine.data.length, 'the server has the numbers in the project').toBe(csv.phones.length);
    await shot(page, '51-get-base-received');
  });

  test('distribution: "Получить базу" again says why nothing came', async ({ adminPage: page }) => {
    await page.goto(`/numbers?project=${project.id}`);
    await expect(new NumbersPage(page).rows(), 'the numbers the pool gave').toHaveCount(csv.phones.length);
    await page.getByRole('button', { name: 'Получить базу', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Номера не поступили: в пуле нет подходящих номеров' }), 'the pool-empty reason').toBeVisible();
    await shot(page, '52-get-base-nothing');
  });

  test('distribution: the projects list has "Получить базу" in each row', async ({ adminPage: page }) => {
    await page.goto(`/projects?q=${encodeURIComponent(project.name)}`);
    const row = new ProjectsPage(page).row(project.id);
    await expect(row, 'the pool project row').toBeVisible();
    await expect(row.getByRole('button', { name: `Получить базу: ${project.name}` }), 'the row action').toBeVisible();
    await shot(page, '53-projects-get-base');
  });

  test("distribution: a project's form says what the pool has for it now", async ({ adminPage: page }) => {
    await page.goto(`/projects?q=${encodeURIComponent(project.name)}`);
    const row = new ProjectsPage(page).row(project.id);
    await row.getByRole('button', { name: `Изменить: ${project.name}` }).click();
    const dialog = page.getByRole('dialog');
    const hint = dialog.getByTestId('project-pool-hint');
    await expect(hint, 'the pool hint in the distribution section').toBeVisible();
    await expect(hint, 'the pool has nothing for the project, and says why').toHaveText(/^Сейчас в пуле для проекта: 0 — в пуле нет подходящих номеров$/);
    await hint.scrollIntoViewIfNeeded();
    await shot(page, '53a-project-pool-hint');
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await expect(dialog, 'the dialog closes').toBeHidden();
  });

  test('distribution: the pool screen shows the pool, the projects and the runs', async ({ adminPage: page }) => {
    const shell = new AppShell(page);
    await page.goto('/');
    await shell.menuLink('Пул номеров').click();
    await page.waitForURL(/\/pool/);
    await expect(shell.heading().filter({ hasText: 'Пул номеров' }), 'the pool heading').toBeVisible();
    await expect(page.getByTestId('pool-groups'), 'the supplier × region table').toBeVisible();
    await expect(page.getByTestId('pool-projects'), 'the projects that can take numbers').toBeVisible();
    const runs = page.getByTestId('distribution-runs');
    await expect(runs.getByText('«Получить базу»').first(), 'the get-base run in the history').toBeVisible();
    await page.getByRole('button', { name: 'Распределить сейчас' }).click();
    await expect(page.getByTestId('distribution-run'), 'the run progress').toBeVisible();
    await expect(page.getByText('Распределение завершено'), 'the run finishes').toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('alert').filter({ hasText: 'Распределение не удалось' }), 'no failure').toBeHidden();
    await shot(page, '54-pool', { height: 1400 });
    await page.getByRole('link', { name: 'Импорт в пул' }).click();
    await page.waitForURL(/\/imports\?target=pool/);
    await expect(page.getByRole('button', { name: 'В пул', pressed: true }), 'the pool is chosen on the import form').toBeVisible();
  });
});

test('distribution: the pool screen loads a newer numbering plan file and tells what changed', async ({ adminPage: page }) => {
  const shell = new AppShell(page);
  await page.goto('/pool');
  await expect(shell.heading().filter({ hasText: 'Пул номеров' }), 'the pool heading').toBeVisible();
  const card = page.getByTestId('numbering-plan');
  await expect(card.getByText('Реестр нумерации'), 'the numbering plan card').toBeVisible();
  await expect(card.getByText(/диапазон.*оператор.*загружен \d\d\.\d\d\.\d{4}/), 'what the loaded plan holds').toBeVisible();
  // The shipped registry with one range moved to another region.
  const original = readFileSync(REGISTRY, 'utf8');
  const changed = original.replace('Краснодарский край', 'Ростовская обл.');
  expect(changed, 'the registry has a line to change').not.toBe(original);
  const dir = mkdtempSync(join(tmpdir(), 'numbase-e2e-plan-'));
  try {
    const file = join(dir, 'DEF-9xx.csv');
    writeFileSync(file, changed);
    await expect(card.getByRole('button', { name: 'Загрузить новый файл реестра' }), 'the upload button').toBeVisible();
    await card.getByTestId('numbering-plan-file-input').setInputFiles(file);
    const report = card.getByTestId('numbering-plan-report');
    await expect(report.getByText(/Добавлено 0, изменено 1, удалено 0 диапазонов/), 'the report: one range changed').toBeVisible({ timeout: 60_000 });
    await expect(card.getByRole('alert').filter({ hasText: 'не удаётся загрузить' }), 'no refusal').toBeHidden();
    await expect(card.getByText(/Регионы номеров пересчитаны/), 'the recalculation of the regions finishes').toBeVisible({ timeout: 60_000 });
    await shot(page, '55-numbering-plan', { height: 1400 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
