// Distribution: numbers imported into the pool (target=pool, a supplier) reach a project of that
// supplier and geo when its "Получить базу" is clicked on the numbers screen; the pool screen
// shows the pool and the run.

import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppShell, NumbersPage, ProjectsPage } from '../lib/pages.mjs';
import { eventually, expect, gone, hidden, shot, textOf, visible } from '../lib/checks.mjs';

/** The registry file the server ships (and loads into a new database). */
const REGISTRY = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'server', 'data', 'ru-numbering-plan', 'DEF-9xx.csv');

const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday }));

/** Six Moscow numbers no other seeded project has. */
function poolCsv() {
  const phones = [];
  for (let i = 1; i <= 6; i++) phones.push(`+7495777${String(1000 + i)}`);
  const lines = ['Телефон;Компания;Сайт', ...phones.map((p, i) => `${p};ООО Пул ${i + 1};pool${i + 1}.ru`)];
  return { text: `${lines.join('\r\n')}\r\n`, phones };
}

async function waitForImport(api, importId) {
  let last = null;
  await eventually(
    async () => {
      last = await api.call('GET', `/api/v1/imports/${importId}`);
      if (last.status === 'failed' || last.status === 'cancelled') throw new Error(`the pool import ${last.status}: ${last.error}`);
      return last.status === 'completed';
    },
    'the pool import completes',
    60_000,
  );
  return last;
}

export async function distributionTests({ test, page, baseUrl, api, data }) {
  const shell = new AppShell(page);
  const numbers = new NumbersPage(page);
  const csv = poolCsv();
  let project = null;

  await test('distribution: numbers imported into the pool arrive with "Получить базу"', async () => {
    // A supplier of its own, so that only this project can take the pool's numbers.
    const provider = await api.call('POST', '/api/v1/providers', { code: `POOL${data.suffix}`, name: 'E2E pool supplier' });
    project = await api.call('POST', '/api/v1/projects', {
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
    expect(project.priority === 10, `the project has the new fields (got ${JSON.stringify(project.priority)})`);
    const started = await api.upload(
      '/api/v1/imports',
      { target: 'pool', provider_id: provider.id, geo_id: data.geo.id, region: 'RU' },
      { name: 'e2e-pool.csv', type: 'text/csv', text: csv.text },
    );
    expect(started.project_id === null || started.project_id === undefined, `a pool import has no project (got ${started.project_id})`);
    const done = await waitForImport(api, started.id);
    expect(done.imported_rows === csv.phones.length, `the pool took ${csv.phones.length} numbers (got ${done.imported_rows})`);

    await page.goto(`${baseUrl}/numbers?project=${project.id}`);
    await visible(shell.heading().filter({ hasText: 'Мои сделки' }), 'the numbers heading');
    await visible(page.getByText('Номеров не найдено'), 'no numbers in the project yet');
    const button = page.getByRole('button', { name: 'Получить базу', exact: true });
    await visible(button, 'the orange "Получить базу" button');
    await shot(page, '50-get-base-before');
    await button.click();

    await visible(page.getByRole('alert').filter({ hasText: `Получено ${csv.phones.length} номеров` }), 'the number of numbers received');
    await eventually(async () => (await numbers.rows().count()) === csv.phones.length, 'the numbers arrive in the grid');
    await visible(numbers.rowByPhone(csv.phones[0]), 'an imported number in the grid');
    const row = await textOf(numbers.rowByPhone(csv.phones[0]));
    expect(row.includes('ООО Пул 1'), `the row keeps the company (got "${row}")`);
    const mine = await api.call('GET', `/api/v1/phone_numbers?project_id=${project.id}&limit=50`);
    expect(mine.data.length === csv.phones.length, `the server has the numbers in the project (got ${mine.data.length})`);
    await shot(page, '51-get-base-received');
  }, page);

  await test('distribution: "Получить базу" again says why nothing came', async () => {
    expect(project !== null, 'the project of the previous test');
    await page.getByRole('button', { name: 'Получить базу', exact: true }).click();
    await visible(page.getByRole('alert').filter({ hasText: 'Номера не поступили: в пуле нет подходящих номеров' }), 'the pool-empty reason');
    await shot(page, '52-get-base-nothing');
  }, page);

  await test('distribution: the projects list has "Получить базу" in each row', async () => {
    expect(project !== null, 'the project of the previous test');
    await page.goto(`${baseUrl}/projects?q=${encodeURIComponent(project.name)}`);
    const row = new ProjectsPage(page).row(project.id);
    await visible(row, 'the pool project row');
    await visible(row.getByRole('button', { name: `Получить базу: ${project.name}` }), 'the row action');
    await shot(page, '53-projects-get-base');
  }, page);

  await test('distribution: a project\'s form says what the pool has for it now', async () => {
    expect(project !== null, 'the project of the previous test');
    const row = new ProjectsPage(page).row(project.id);
    await row.getByRole('button', { name: `Изменить: ${project.name}` }).click();
    const dialog = page.getByRole('dialog');
    const hint = dialog.getByTestId('project-pool-hint');
    await visible(hint, 'the pool hint in the distribution section');
    await eventually(async () => /^Сейчас в пуле для проекта: 0 — в пуле нет подходящих номеров$/.test(await textOf(hint)), 'the pool has nothing for the project, and says why');
    await hint.scrollIntoViewIfNeeded();
    await shot(page, '53a-project-pool-hint');
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await gone(dialog, 'the dialog closes');
  }, page);

  await test('distribution: the pool screen shows the pool, the projects and the runs', async () => {
    await shell.menuLink('Пул номеров').click();
    await page.waitForURL(/\/pool/);
    await visible(shell.heading().filter({ hasText: 'Пул номеров' }), 'the pool heading');
    await visible(page.getByTestId('pool-groups'), 'the supplier × region table');
    await visible(page.getByTestId('pool-projects'), 'the projects that can take numbers');
    const runs = page.getByTestId('distribution-runs');
    await visible(runs.getByText('«Получить базу»').first(), 'the get-base run in the history');
    await page.getByRole('button', { name: 'Распределить сейчас' }).click();
    await visible(page.getByTestId('distribution-run'), 'the run progress');
    await visible(page.getByText('Распределение завершено'), 'the run finishes', 60_000);
    await hidden(page.getByRole('alert').filter({ hasText: 'Распределение не удалось' }), 'no failure');
    await shot(page, '54-pool', { height: 1400 });
    await page.getByRole('link', { name: 'Импорт в пул' }).click();
    await page.waitForURL(/\/imports\?target=pool/);
    await visible(page.getByRole('button', { name: 'В пул', pressed: true }), 'the pool is chosen on the import form');
  }, page);

  await test('distribution: the pool screen loads a newer numbering plan file and tells what changed', async () => {
    await page.goto(`${baseUrl}/pool`);
    await visible(shell.heading().filter({ hasText: 'Пул номеров' }), 'the pool heading');
    const card = page.getByTestId('numbering-plan');
    await visible(card.getByText('Реестр нумерации'), 'the numbering plan card');
    await visible(card.getByText(/диапазон.*оператор.*загружен \d\d\.\d\d\.\d{4}/), 'what the loaded plan holds');
    // The shipped registry with one range moved to another region.
    const original = readFileSync(REGISTRY, 'utf8');
    const changed = original.replace('Краснодарский край', 'Ростовская обл.');
    expect(changed !== original, 'the registry has a line to change');
    const dir = mkdtempSync(join(tmpdir(), 'numbase-e2e-plan-'));
    try {
      const file = join(dir, 'DEF-9xx.csv');
      writeFileSync(file, changed);
      await visible(card.getByRole('button', { name: 'Загрузить новый файл реестра' }), 'the upload button');
      await card.getByTestId('numbering-plan-file-input').setInputFiles(file);
      const report = card.getByTestId('numbering-plan-report');
      await visible(report.getByText(/Добавлено 0, изменено 1, удалено 0 диапазонов/), 'the report: one range changed', 60_000);
      await hidden(card.getByRole('alert').filter({ hasText: 'не удаётся загрузить' }), 'no refusal');
      await visible(card.getByText(/Регионы номеров пересчитаны/), 'the recalculation of the regions finishes', 60_000);
      await shot(page, '55-numbering-plan', { height: 1400 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, page);
}
