// Imports and exports: a CSV is previewed, imported and its error report downloaded; its numbers
// are exported to a CSV and downloaded. (A manager's export: manager.spec.ts.)

import type { Page } from '@playwright/test';
import { expect, newSignedInContext, test, watchPageErrors } from '../fixtures';
import type { ListPage, Project } from '../support/api';
import { AppShell, NumbersPage } from '../pages';
import { saveDownload, shot, sleep, startsWithBom } from '../support/helpers';

/** Twenty rows: eighteen numbers, one that is not a number, one repeat of the first. */
function importCsv(): { text: string; phones: string[] } {
  const lines = ['Телефон;Компания'];
  const phones: string[] = [];
  for (let i = 1; i <= 18; i++) {
    const tail = String(i).padStart(2, '0');
    phones.push(`+7903555${tail}${tail}`);
    // A few ways people write numbers: +7 …, 8 (…) …, bare digits.
    const written = i % 3 === 0 ? `8 (903) 555-${tail}-${tail}` : i % 3 === 1 ? `+7 903 555 ${tail} ${tail}` : `7903555${tail}${tail}`;
    lines.push(`${written};ООО Импорт ${i}`);
  }
  lines.splice(8, 0, 'не номер;ООО Ошибка');
  lines.push(`${phones[0]};ООО Повтор`);
  return { text: `${lines.join('\r\n')}\r\n`, phones };
}

const csv = importCsv();

/** The first cell of a count tile, without its spaces. */
async function count(page: Page, id: string): Promise<string> {
  return (await page.getByTestId(id).innerText()).split('\n')[0].replace(/\s/g, '');
}

test('imports: a file the server cannot read, and one too large, are explained', async ({ adminPage: page }) => {
  const shell = new AppShell(page);
  await page.goto('/imports');
  await expect(shell.heading().filter({ hasText: 'Импорт номеров' }), 'the imports heading').toBeVisible();
  await expect(page.getByTestId('import-drop-zone'), 'the drop zone').toBeVisible();
  await shot(page, '40-imports');
  await page.getByTestId('import-file-input').setInputFiles({ name: 'picture.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 3]) });
  await expect(page.getByRole('alert').filter({ hasText: 'Файл не удаётся прочитать' }), 'the unreadable-file message').toBeVisible();
  await shot(page, '41-import-unreadable');
  await page.route('**/api/v1/imports/preview', (route) =>
    route.fulfill({
      status: 413,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'The upload is larger than the configured limit', details: [] } }),
    }),
  );
  await page.getByRole('button', { name: 'Другой файл' }).click();
  await page.getByTestId('import-file-input').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
  await expect(page.getByRole('alert').filter({ hasText: 'Файл слишком большой' }), 'the too-large message').toBeVisible();
  await page.unroute('**/api/v1/imports/preview');
});

// Serial, on one page: the second import is of the same file into the project the first chose
// (the screen keeps it) and finds its numbers there; the result's link opens them; the history,
// the numbers screen and the export then show what the first import brought.
test.describe.serial('a CSV imported into a project', () => {
  let page: Page;
  let errors: { assertNone(): void };
  let project: Project;
  let neighbour: Project;
  let importId: number | undefined;
  const jobStreams: string[] = [];

  test.beforeAll(async ({ browser, server, api, data }) => {
    project = await api.call<Project>('POST', '/api/v1/projects', { name: `E2E Импорт ${data.suffix}`, tag: 'import', is_active: false });
    // Another project already has one of the file's numbers: the import adds it all the same and says so.
    neighbour = await api.call<Project>('POST', '/api/v1/projects', { name: `E2E Соседний ${data.suffix}`, tag: 'import', is_active: false });
    await api.call('POST', '/api/v1/phone_numbers', { phone_number: csv.phones[2], project_id: neighbour.id });
    const context = await newSignedInContext(browser, server.baseURL, await api.session('admin', server.adminPassword));
    page = await context.newPage();
    errors = watchPageErrors(page);
    page.on('request', (request) => {
      if (/\/api\/v1\/jobs\/\d+\/events$/.test(new URL(request.url()).pathname)) jobStreams.push(request.url());
    });
  });

  test.afterEach(() => errors.assertNone());

  test.afterAll(async () => {
    await page.context().close();
  });

  test('imports: a CSV is previewed, imported with live progress, and its errors reported', async ({ api }) => {
    await page.goto('/imports');
    await page.getByTestId('import-file-input').setInputFiles({ name: 'e2e-база.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
    const preview = page.getByTestId('import-preview');
    await expect(preview, 'the preview').toBeVisible();
    await expect(preview, 'the detected format: CSV').toContainText('CSV');
    await expect(preview, 'the detected format: UTF-8').toContainText('UTF-8');
    await expect(preview, 'the detected format: semicolons').toContainText('«;» точка с запятой');
    await expect(preview.getByText('ООО Импорт 1', { exact: true }), 'a row of the file').toBeVisible();
    await expect(preview.getByRole('combobox', { name: 'Что в столбце 1' }), 'the phone column is recognized').toHaveText('Телефон');
    await expect(preview.getByRole('combobox', { name: 'Что в столбце 2' }), 'the company column is recognized').toHaveText('Компания');

    const picker = page.getByRole('combobox', { name: /^Проект/ });
    await picker.click();
    await picker.fill(project.name.slice(0, 14));
    await page.getByRole('option', { name: project.name }).click();
    await shot(page, '42-import-preview', { height: 1500 });
    await page.getByRole('button', { name: 'Начать импорт' }).click();

    const summary = page.getByTestId('import-summary');
    await expect(summary, 'the result').toBeVisible({ timeout: 60_000 });
    expect(await count(page, 'import-count-imported'), '18 imported').toBe('18');
    expect(await count(page, 'import-count-duplicates-in-file'), 'one repeat in the file').toBe('1');
    expect(await count(page, 'import-count-already-in-project'), 'none already in the project').toBe('0');
    expect(await count(page, 'import-count-failed'), 'one row with an error').toBe('1');
    expect(await count(page, 'import-count-total'), 'twenty rows').toBe('20');
    const inOther = (await summary.getByTestId('import-count-in-other-projects').innerText()).replace(/\s/g, ' ').trim();
    expect(inOther, 'one number another project has too').toBe('Уже есть в других проектах: 1');
    await expect(summary.getByRole('cell', { name: 'не номер' }), 'the bad value in the errors').toBeVisible();
    await expect(summary.getByRole('cell', { name: 'неверный номер телефона' }), 'the reason in Russian').toBeVisible();
    expect(jobStreams.length, 'the progress came over the job event stream').toBeGreaterThan(0);
    await shot(page, '43-import-result');

    // The report has the failed row and the number in the other project: more than errors.
    const report = await saveDownload(page, () => summary.getByRole('button', { name: 'Скачать отчёт', exact: true }).click());
    const text = report.bytes.toString('utf8');
    expect(startsWithBom(report.bytes), 'the error report starts with a BOM').toBe(true);
    expect(text, "the error report's header, in Russian").toContain('строка;значение;причина');
    expect(text, "the error report's row, in Russian").toContain('не номер;неверный номер телефона');
    expect(text, 'the report names the number in the other project').toContain(csv.phones[2]);
    expect(text, 'and the other project').toContain(neighbour.name);
    expect(report.name, "the report's name").toMatch(/-errors\.csv$/);

    const imports = await api.call<ListPage<{ id: number; imported_rows: number }>>('GET', `/api/v1/imports?project_id=${project.id}`);
    importId = imports.data[0]?.id;
    expect(imports.data[0]?.imported_rows, 'the server counted 18').toBe(18);
  });

  test('imports: the upload and the job show their progress; a broken event stream falls back to polling', async () => {
    // The upload is held a moment, so its bar can be seen.
    await page.route('**/api/v1/imports', async (route) => {
      if (route.request().method() === 'POST') await sleep(1500);
      await route.continue();
    });
    // The event stream sends one frame of a running job and ends: polling takes over (held a moment too).
    const running = { id: 0, kind: 'import', status: 'running', progress_done: 1200, progress_total: 5000, result: null, error: null, requested_by: 1, attempts: 1, created_at: new Date().toISOString(), started_at: null, finished_at: null, cancel_requested: false };
    await page.route('**/api/v1/jobs/*/events', (route) =>
      route.fulfill({ status: 200, contentType: 'text/event-stream', body: `event: job\ndata: ${JSON.stringify(running)}\n\n` }),
    );
    let polled = 0;
    await page.route('**/api/v1/jobs/*', async (route) => {
      polled += 1;
      await sleep(2500);
      await route.continue();
    });
    try {
      await page.getByRole('button', { name: 'Импортировать другой файл' }).click();
      await page.getByTestId('import-file-input').setInputFiles({ name: 'e2e-база.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
      await expect(page.getByTestId('import-preview'), 'the preview of the same file').toBeVisible();
      await expect(page.getByRole('combobox', { name: /^Проект/ }), 'the project stays chosen').toHaveValue(project.name);
      await page.getByRole('button', { name: 'Начать импорт' }).click();
      await expect(page.getByTestId('import-upload'), 'the upload bar').toBeVisible();
      await shot(page, '43a-import-uploading');
      const live = page.getByTestId('import-running');
      await expect(live, 'the running import').toBeVisible();
      await expect
        .poll(async () => (await live.innerText()).replace(/\s/g, ' '), { message: 'the rows read so far' })
        .toContain('Прочитано строк: 1 200 из ~5 000');
      await expect(live.getByRole('button', { name: 'Отменить импорт' }), 'the cancel button').toBeVisible();
      await shot(page, '43b-import-running');
      await expect(page.getByTestId('import-summary'), 'the result after polling').toBeVisible({ timeout: 30_000 });
      expect(polled, 'the job was polled after the stream ended').toBeGreaterThan(0);
      expect(await count(page, 'import-count-already-in-project'), 'a second import finds the numbers in the project').toBe('18');
    } finally {
      await page.unroute('**/api/v1/imports');
      await page.unroute('**/api/v1/jobs/*/events');
      await page.unroute('**/api/v1/jobs/*');
    }
  });

  test('imports: the imported numbers are on the numbers screen', async () => {
    const numbers = new NumbersPage(page);
    await page.getByRole('link', { name: 'Открыть номера проекта' }).click();
    await page.waitForURL(new RegExp(`/numbers\\?project=${project.id}`));
    await expect(numbers.range(), 'eighteen numbers in the project').toHaveText('1–18 из 18');
    await expect(numbers.rowByPhone(csv.phones[4]), 'an imported number').toBeVisible();
    await expect(numbers.rowByPhone(csv.phones[4]), 'the company came along').toContainText('ООО Импорт 5');
  });

  test('imports: the history opens an import with its counts', async () => {
    const shell = new AppShell(page);
    await page.goto('/imports');
    const row = page.getByTestId(`import-row-${importId}`);
    await expect(row, 'the import in the history').toBeVisible();
    for (const [text, what] of [
      ['e2e-база.csv', 'the file'],
      [project.name, 'the project'],
      ['Готово', 'the state'],
      ['admin', 'who imported it'],
    ])
      await expect(row, `the history row: ${what}`).toContainText(text);
    await page.getByRole('combobox', { name: 'Состояние' }).click();
    await page.getByRole('option', { name: 'Ошибка' }).click();
    await page.waitForURL(/status=failed/);
    await expect(row, 'the completed import under "failed"').toBeHidden();
    await page.getByRole('combobox', { name: 'Состояние' }).click();
    await page.getByRole('option', { name: 'Все' }).click();
    await row.click();
    const dialog = page.getByRole('dialog', { name: /Импорт «e2e-база\.csv»/ });
    await expect(dialog, 'the import details').toBeVisible();
    await expect(dialog.getByTestId('import-summary'), 'the counts in the details').toBeVisible();
    await expect(dialog.getByText('по заголовку файла'), 'the columns came from the header').toBeVisible();
    await shot(page, '44-import-details');
    await dialog.getByRole('button', { name: 'Закрыть' }).click();
    await expect(dialog, 'the details dialog').toBeHidden();
    await shell.switchLanguage('en');
    await expect(shell.heading().filter({ hasText: 'Import numbers' }), 'the English imports heading').toBeVisible();
    await expect(page.getByRole('button', { name: 'Choose a file' }), 'the English drop zone').toBeVisible();
    await shot(page, '45-imports-en');
    await page.getByTestId('import-file-input').setInputFiles({ name: 'e2e-база.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
    await expect(page.getByTestId('import-preview').getByText('“;” semicolon'), 'the English preview').toBeVisible();
    await shot(page, '46-import-preview-en', { height: 1500 });
    await shell.switchLanguage('ru');
    await expect(shell.heading().filter({ hasText: 'Импорт номеров' }), 'back in Russian').toBeVisible();
  });

  test("exports: the numbers screen's filters go to a CSV that downloads", async ({ api }) => {
    const shell = new AppShell(page);
    const numbers = new NumbersPage(page);
    await page.goto(`/numbers?project=${project.id}`);
    await expect(numbers.range(), 'the project numbers').toHaveText('1–18 из 18');
    await page.getByRole('main').getByRole('link', { name: 'Экспорт' }).click();
    await page.waitForURL(new RegExp(`/exports\\?project=${project.id}$`));
    await expect(shell.heading().filter({ hasText: 'Экспорт номеров' }), 'the exports heading').toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Проект' }), 'the project filter is prefilled').toHaveValue(project.name);
    await shot(page, '47-exports');
    await page.getByRole('button', { name: 'Выгрузить' }).click();
    const done = page.getByTestId('export-done');
    await expect(done, 'the finished export').toBeVisible({ timeout: 60_000 });
    await expect(done, 'the row count').toContainText('строк 18');
    await shot(page, '48-export-done');
    const file = await saveDownload(page, () => done.getByRole('button', { name: /^Скачать numbers_/ }).click());
    expect(startsWithBom(file.bytes), 'the CSV starts with a BOM').toBe(true);
    expect(file.bytes.toString('utf8'), 'the CSV holds an imported number').toContain(csv.phones[4]);
    expect(file.name, "the server's file name").toMatch(/^numbers_.*\.csv$/);
    const exports = await api.call<ListPage<{ id: number; filename: string; row_count: number; filters: { project_id?: number } | null }>>(
      'GET',
      '/api/v1/exports?limit=5',
    );
    // The newest export of this project (the other worker may have exported since: a manager's).
    const latest = exports.data.find((e) => e.filters?.project_id === project.id);
    if (!latest) throw new Error(`the server has no export of project ${project.id}`);
    expect(latest.row_count, 'the server exported the project').toBe(18);
    const row = page.getByTestId(`export-row-${latest.id}`);
    await expect(row, 'the export in the history').toBeVisible();
    for (const [text, what] of [
      ['Готово', 'the state'],
      [project.name, 'the project'],
      ['18', 'the rows'],
    ])
      await expect(row, `the history row: ${what}`).toContainText(text);
    await expect(row.getByRole('button', { name: `Скачать ${latest.filename}` }), 'the download in the history').toBeVisible();
    await shell.switchLanguage('en');
    await expect(shell.heading().filter({ hasText: 'Export numbers' }), 'the English exports heading').toBeVisible();
    await expect(row.getByText('Done'), 'the English state').toBeVisible();
    await shot(page, '49-exports-en');
    await shell.switchLanguage('ru');
    await expect(shell.heading().filter({ hasText: 'Экспорт номеров' }), 'back in Russian').toBeVisible();
  });
});
