// Distribution: numbers imported into the pool (target=pool, a supplier) reach a project of that
// supplier and geo when its "Получить базу" is clicked on the numbers screen; the pool screen
// shows the pool and the run.

import { AppShell, NumbersPage, ProjectsPage } from '../lib/pages.mjs';
import { eventually, expect, hidden, shot, textOf, visible } from '../lib/checks.mjs';

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
}
