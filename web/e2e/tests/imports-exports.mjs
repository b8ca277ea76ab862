// Imports and exports: a CSV is previewed, imported and its error report downloaded; its numbers
// are exported to a CSV and downloaded; a manager may export but not import.

import { AppShell, NumbersPage } from '../lib/pages.mjs';
import { expect, eventually, gone, hidden, saveDownload, shot, textOf, visible } from '../lib/checks.mjs';

const BOM = [0xef, 0xbb, 0xbf];

/** Twenty rows: eighteen numbers, one that is not a number, one repeat of the first. */
function importCsv() {
  const lines = ['Телефон;Компания'];
  const phones = [];
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

function startsWithBom(bytes) {
  return BOM.every((b, i) => bytes[i] === b);
}

export async function importExportTests({ test, page, baseUrl, api, data }) {
  const shell = new AppShell(page);
  const numbers = new NumbersPage(page);
  const project = await api.call('POST', '/api/v1/projects', { name: `E2E Импорт ${data.suffix}`, tag: 'import', is_active: false });
  const csv = importCsv();
  // Another project already has one of the file's numbers: the import adds it all the same and says so.
  const neighbour = await api.call('POST', '/api/v1/projects', { name: `E2E Соседний ${data.suffix}`, tag: 'import', is_active: false });
  await api.call('POST', '/api/v1/phone_numbers', { phone_number: csv.phones[2], project_id: neighbour.id });
  const jobStreams = [];
  page.on('request', (request) => {
    if (/\/api\/v1\/jobs\/\d+\/events$/.test(new URL(request.url()).pathname)) jobStreams.push(request.url());
  });

  await test('imports: a file the server cannot read, and one too large, are explained', async () => {
    await page.goto(`${baseUrl}/imports`);
    await visible(shell.heading().filter({ hasText: 'Импорт номеров' }), 'the imports heading');
    await visible(page.getByTestId('import-drop-zone'), 'the drop zone');
    await shot(page, '40-imports');
    await page.getByTestId('import-file-input').setInputFiles({ name: 'picture.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 3]) });
    await visible(page.getByRole('alert').filter({ hasText: 'Файл не удаётся прочитать' }), 'the unreadable-file message');
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
    await visible(page.getByRole('alert').filter({ hasText: 'Файл слишком большой' }), 'the too-large message');
    await page.unroute('**/api/v1/imports/preview');
  }, page);

  let importId = null;
  await test('imports: a CSV is previewed, imported with live progress, and its errors reported', async () => {
    await page.goto(`${baseUrl}/imports`);
    await page.getByTestId('import-file-input').setInputFiles({ name: 'e2e-база.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
    const preview = page.getByTestId('import-preview');
    await visible(preview, 'the preview');
    const facts = await textOf(preview);
    expect(facts.includes('CSV') && facts.includes('UTF-8') && facts.includes('«;» точка с запятой'), `the detected format (got "${facts.slice(0, 200)}")`);
    await visible(preview.getByText('ООО Импорт 1', { exact: true }), 'a row of the file');
    expect((await textOf(preview.getByRole('combobox', { name: 'Что в столбце 1' }))) === 'Телефон', 'the phone column is recognized');
    expect((await textOf(preview.getByRole('combobox', { name: 'Что в столбце 2' }))) === 'Компания', 'the company column is recognized');

    const picker = page.getByRole('combobox', { name: /^Проект/ });
    await picker.click();
    await picker.fill(project.name.slice(0, 14));
    await page.getByRole('option', { name: project.name }).click();
    await shot(page, '42-import-preview', { height: 1500 });
    await page.getByRole('button', { name: 'Начать импорт' }).click();

    const summary = page.getByTestId('import-summary');
    await visible(summary, 'the result', 60_000);
    const count = async (id) => (await textOf(page.getByTestId(id))).split('\n')[0].replace(/\s/g, '');
    expect((await count('import-count-imported')) === '18', `18 imported (got ${await count('import-count-imported')})`);
    expect((await count('import-count-duplicates-in-file')) === '1', 'one repeat in the file');
    expect((await count('import-count-already-in-project')) === '0', 'none already in the project');
    expect((await count('import-count-failed')) === '1', 'one row with an error');
    expect((await count('import-count-total')) === '20', 'twenty rows');
    const inOther = (await textOf(summary.getByTestId('import-count-in-other-projects'))).replace(/\s/g, ' ').trim();
    expect(inOther === 'Уже есть в других проектах: 1', `one number another project has too (got "${inOther}")`);
    await visible(summary.getByRole('cell', { name: 'не номер' }), 'the bad value in the errors');
    await visible(summary.getByRole('cell', { name: 'неверный номер телефона' }), 'the reason in Russian');
    expect(jobStreams.length > 0, 'the progress came over the job event stream');
    await shot(page, '43-import-result');

    // The report has the failed row and the number in the other project: more than errors.
    const report = await saveDownload(page, () => summary.getByRole('button', { name: 'Скачать отчёт', exact: true }).click());
    const text = report.bytes.toString('utf8');
    expect(startsWithBom(report.bytes), 'the error report starts with a BOM');
    expect(text.includes('строка;значение;причина') && text.includes('не номер;неверный номер телефона'), `the error report's rows, in Russian (got "${text.slice(0, 120)}")`);
    expect(text.includes(csv.phones[2]) && text.includes(neighbour.name), `the report names the other project (got "${text.slice(0, 400)}")`);
    expect(report.name.endsWith('-errors.csv'), `the report's name (got ${report.name})`);

    const imports = await api.call('GET', `/api/v1/imports?project_id=${project.id}`);
    importId = imports.data[0]?.id;
    expect(imports.data[0]?.imported_rows === 18, 'the server counted 18');
  }, page);

  await test('imports: the upload and the job show their progress; a broken event stream falls back to polling', async () => {
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
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
      await visible(page.getByTestId('import-preview'), 'the preview of the same file');
      await eventually(async () => (await page.getByRole('combobox', { name: /^Проект/ }).inputValue()) === project.name, 'the project stays chosen');
      await page.getByRole('button', { name: 'Начать импорт' }).click();
      await visible(page.getByTestId('import-upload'), 'the upload bar');
      await shot(page, '43a-import-uploading');
      const live = page.getByTestId('import-running');
      await visible(live, 'the running import');
      await eventually(async () => (await textOf(live)).replace(/\s/g, ' ').includes('Прочитано строк: 1 200 из ~5 000'), 'the rows read so far');
      await visible(live.getByRole('button', { name: 'Отменить импорт' }), 'the cancel button');
      await shot(page, '43b-import-running');
      await visible(page.getByTestId('import-summary'), 'the result after polling', 30_000);
      expect(polled > 0, 'the job was polled after the stream ended');
      const already = (await textOf(page.getByTestId('import-count-already-in-project'))).split('\n')[0].replace(/\s/g, '');
      expect(already === '18', `a second import finds the numbers in the project (got ${already})`);
    } finally {
      await page.unroute('**/api/v1/imports');
      await page.unroute('**/api/v1/jobs/*/events');
      await page.unroute('**/api/v1/jobs/*');
    }
  }, page);

  await test('imports: the imported numbers are on the numbers screen', async () => {
    await page.getByRole('link', { name: 'Открыть номера проекта' }).click();
    await page.waitForURL(new RegExp(`/numbers\\?project=${project.id}`));
    await eventually(async () => (await textOf(numbers.range())) === '1–18 из 18', 'eighteen numbers in the project');
    await visible(numbers.rowByPhone(csv.phones[4]), 'an imported number');
    const row = await textOf(numbers.rowByPhone(csv.phones[4]));
    expect(row.includes('ООО Импорт 5'), `the company came along (got "${row}")`);
  }, page);

  await test('imports: the history opens an import with its counts', async () => {
    await page.goto(`${baseUrl}/imports`);
    const row = page.getByTestId(`import-row-${importId}`);
    await visible(row, 'the import in the history');
    const text = await textOf(row);
    expect(text.includes('e2e-база.csv') && text.includes(project.name) && text.includes('Готово') && text.includes('admin'), `the history row (got "${text}")`);
    await page.getByRole('combobox', { name: 'Состояние' }).click();
    await page.getByRole('option', { name: 'Ошибка' }).click();
    await page.waitForURL(/status=failed/);
    await gone(row, 'the completed import under "failed"');
    await page.getByRole('combobox', { name: 'Состояние' }).click();
    await page.getByRole('option', { name: 'Все' }).click();
    await row.click();
    const dialog = page.getByRole('dialog', { name: /Импорт «e2e-база\.csv»/ });
    await visible(dialog, 'the import details');
    await visible(dialog.getByTestId('import-summary'), 'the counts in the details');
    await visible(dialog.getByText('по заголовку файла'), 'the columns came from the header');
    await shot(page, '44-import-details');
    await dialog.getByRole('button', { name: 'Закрыть' }).click();
    await gone(dialog, 'the details dialog');
    await shell.switchLanguage('en');
    await visible(shell.heading().filter({ hasText: 'Import numbers' }), 'the English imports heading');
    await visible(page.getByRole('button', { name: 'Choose a file' }), 'the English drop zone');
    await shot(page, '45-imports-en');
    await page.getByTestId('import-file-input').setInputFiles({ name: 'e2e-база.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
    await visible(page.getByTestId('import-preview').getByText('“;” semicolon'), 'the English preview');
    await shot(page, '46-import-preview-en', { height: 1500 });
    await shell.switchLanguage('ru');
    await visible(shell.heading().filter({ hasText: 'Импорт номеров' }), 'back in Russian');
  }, page);

  await test("exports: the numbers screen's filters go to a CSV that downloads", async () => {
    await page.goto(`${baseUrl}/numbers?project=${project.id}`);
    await eventually(async () => (await textOf(numbers.range())) === '1–18 из 18', 'the project numbers');
    await page.getByRole('main').getByRole('link', { name: 'Экспорт' }).click();
    await page.waitForURL(new RegExp(`/exports\\?project=${project.id}$`));
    await visible(shell.heading().filter({ hasText: 'Экспорт номеров' }), 'the exports heading');
    await eventually(async () => (await page.getByRole('combobox', { name: 'Проект' }).inputValue()) === project.name, 'the project filter is prefilled');
    await shot(page, '47-exports');
    await page.getByRole('button', { name: 'Выгрузить' }).click();
    const done = page.getByTestId('export-done');
    await visible(done, 'the finished export', 60_000);
    const doneText = await textOf(done);
    expect(doneText.includes('строк 18'), `the row count (got "${doneText}")`);
    await shot(page, '48-export-done');
    const file = await saveDownload(page, () => done.getByRole('button', { name: /^Скачать numbers_/ }).click());
    expect(startsWithBom(file.bytes), 'the CSV starts with a BOM');
    const text = file.bytes.toString('utf8');
    expect(text.includes(csv.phones[4]), `the CSV holds an imported number (got "${text.slice(0, 200)}")`);
    expect(/^numbers_.*\.csv$/.test(file.name), `the server's file name (got ${file.name})`);
    const exports = await api.call('GET', '/api/v1/exports?limit=5');
    const latest = exports.data[0];
    expect(latest?.filters?.project_id === project.id && latest.row_count === 18, 'the server exported the project');
    const row = page.getByTestId(`export-row-${latest.id}`);
    await visible(row, 'the export in the history');
    const rowText = await textOf(row);
    expect(rowText.includes('Готово') && rowText.includes(project.name) && rowText.includes('18'), `the history row (got "${rowText}")`);
    await visible(row.getByRole('button', { name: `Скачать ${latest.filename}` }), 'the download in the history');
    await shell.switchLanguage('en');
    await visible(shell.heading().filter({ hasText: 'Export numbers' }), 'the English exports heading');
    await visible(row.getByText('Done'), 'the English state');
    await shot(page, '49-exports-en');
    await shell.switchLanguage('ru');
    await visible(shell.heading().filter({ hasText: 'Экспорт номеров' }), 'back in Russian');
  }, page);
}

/** A manager exports the numbers of their project and cannot open the imports. */
export async function managerExportTests({ test, page, baseUrl, data }) {
  const shell = new AppShell(page);
  await test('a manager sees Exports but not Imports, and exports their numbers', async () => {
    await page.goto(`${baseUrl}/projects`);
    await visible(shell.menuLink('Экспорт'), 'exports in the menu');
    await hidden(shell.menuLink('Импорт'), 'imports in the menu');
    await page.goto(`${baseUrl}/imports`);
    await visible(page.getByRole('heading', { name: 'Нет доступа' }), 'no access to the imports');
    await page.goto(`${baseUrl}/numbers?project=${data.project.id}`);
    await page.getByRole('main').getByRole('link', { name: 'Экспорт' }).click();
    await page.waitForURL(/\/exports\?project=/);
    await page.getByRole('radio', { name: 'Excel (XLSX)' }).check();
    await page.getByRole('button', { name: 'Выгрузить' }).click();
    const done = page.getByTestId('export-done');
    await visible(done, 'the finished export', 60_000);
    const file = await saveDownload(page, () => done.getByRole('button', { name: /^Скачать numbers_/ }).click());
    expect(file.name.endsWith('.xlsx') && file.bytes[0] === 0x50 && file.bytes[1] === 0x4b, `an XLSX (zip) file (got ${file.name})`);
    await shot(page, '50-manager-exports');
  }, page);
}
