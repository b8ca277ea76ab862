// The audit log: the administrator opens "Журнал аудита", filters it to the seeded project,
// opens the record of a change made through the API (old → new), and downloads the filtered
// log as CSV with a Russian header.

import { AppShell } from '../lib/pages.mjs';
import { expect, eventually, saveDownload, shot, textOf, visible } from '../lib/checks.mjs';

const BOM = [0xef, 0xbb, 0xbf];

export async function auditTests({ test, page, baseUrl, api, data }) {
  const shell = new AppShell(page);
  const project = data.project;
  const rows = () => page.getByTestId(/^audit-row-\d+$/);
  let before = 0;
  let after = 0;

  await test('audit: the log is filtered to a project and a change opens to old → new', async () => {
    // A change of the seeded project, made through the API as the administrator.
    before = (await api.call('GET', `/api/v1/projects/${project.id}`)).daily_limit;
    after = before + 150;
    await api.call('PATCH', `/api/v1/projects/${project.id}`, { daily_limit: after });

    await page.goto(`${baseUrl}/projects`);
    await shell.menuLink('Журнал аудита').click();
    await page.waitForURL(/\/audit$/);
    await visible(shell.heading().filter({ hasText: 'Журнал аудита' }), 'the audit heading');
    await visible(rows(), 'records of the log');

    const type = page.getByRole('combobox', { name: 'Тип объекта' });
    await type.fill('Проект');
    await page.getByRole('option', { name: /^Проект project$/ }).click();
    await page.getByRole('searchbox', { name: 'ID объекта' }).fill(String(project.id));
    await page.waitForURL(new RegExp(`\\?entity_type=project&entity_id=${project.id}$`));
    await eventually(async () => {
      const texts = await rows().allInnerTexts();
      return texts.length > 0 && texts.every((t) => t.includes(`Проект #${project.id}`));
    }, 'only the project\'s records');

    // The seed created the project through the API: its oldest record.
    const created = rows().filter({ hasText: 'Создание' });
    await visible(created, 'the creation of the project');
    expect((await textOf(created)).includes('admin'), 'the creation names the administrator');

    // Newest first: the change just made.
    const latest = rows().first();
    const line = await textOf(latest);
    expect(line.includes('Изменение') && line.includes(`daily_limit: ${before} → ${after}`), `the change in the list (got "${line}")`);
    await latest.getByRole('button', { name: 'Показать подробности' }).click();
    const id = (await latest.getAttribute('data-testid')).replace('audit-row-', '');
    const change = page.getByTestId(`audit-details-${id}`).getByTestId('audit-change-daily_limit');
    await visible(change, 'the changed field');
    const cells = await change.locator('td').allInnerTexts();
    expect(
      cells.map((c) => c.trim()).join('|') === `daily_limit|${before}|→|${after}`,
      `daily_limit old → new (got "${cells.join('|')}")`,
    );
    await visible(page.getByTestId(`audit-details-${id}`).getByText('IP-адрес'), 'where the request came from');
    await shot(page, '60-audit');

    // The creation: every field from nothing to its first value.
    await latest.getByRole('button', { name: 'Скрыть подробности' }).click();
    await created.getByRole('button', { name: 'Показать подробности' }).click();
    const createdId = (await created.getAttribute('data-testid')).replace('audit-row-', '');
    const name = page.getByTestId(`audit-details-${createdId}`).getByTestId('audit-change-name');
    await visible(name, 'the name of the created project');
    const nameCells = (await name.locator('td').allInnerTexts()).map((c) => c.trim());
    expect(nameCells.join('|') === `name|—|→|${project.name}`, `the name from nothing (got "${nameCells.join('|')}")`);
    await shot(page, '61-audit-created', { height: 1400 });

    // The link keeps the filters.
    await page.reload();
    await visible(rows().filter({ hasText: `daily_limit: ${before} → ${after}` }), 'the change after a reload');
    expect((await page.getByRole('searchbox', { name: 'ID объекта' }).inputValue()) === String(project.id), 'the object id field');
  }, page);

  await test('audit: the filtered log downloads as CSV with a Russian header', async () => {
    const file = await saveDownload(page, () => page.getByRole('button', { name: 'Выгрузить в CSV' }).click());
    expect(file.name === 'audit_log.csv', `the file name (got ${file.name})`);
    expect(BOM.every((b, i) => file.bytes[i] === b), 'a UTF-8 BOM');
    const lines = file.bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0].startsWith('id,время,тип автора'), `the Russian header (got "${lines[0]}")`);
    expect(lines.length > 1 && lines.slice(1).every((l) => l.includes(`,project,${project.id},`)), 'only the project\'s records');
    expect(lines[1].includes('daily_limit'), `the newest record first (got "${lines[1]}")`);
    await visible(page.getByText('Файл «audit_log.csv» загружен'), 'the confirmation');
  }, page);
}
