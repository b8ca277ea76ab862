// SFTP feeds (issue 13), against a real OpenSSH server on loopback (the global setup starts
// server/tests/support/sshd.sh): an administrator adds the server, tests the connection, accepts
// the host key by its fingerprint, sees the directory, makes an import schedule and runs it now;
// the log shows the run with the file taken and its import's count.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { SftpPage } from '../pages';
import type { Project } from '../support/api';
import { shot } from '../support/helpers';

interface RunFile {
  name: string;
  action: string;
  import: { status: string; imported_rows: number | null } | null;
}

interface Run {
  id: number;
  status: string;
  files_taken: number;
  files?: RunFile[];
}

/** Three mobile numbers (Moscow's 985) no other test has: the run's second within the day makes them unique. */
function phones(): string[] {
  const base = String(Date.now() % 10_000_000).padStart(7, '0');
  return [0, 1, 2].map((i) => `+7985${String((Number(base) + i * 1_000_003) % 10_000_000).padStart(7, '0')}`);
}

test('an administrator adds a host, accepts its fingerprint and runs an import', async ({ adminPage: page, api, data, sftpServer }) => {
  const sftp = new SftpPage(page);
  const hostName = `E2E SFTP ${data.suffix}`;
  const scheduleName = `E2E ночной импорт ${data.suffix}`;
  // A project of its own: the seeded ones are counted by other tests.
  const project = await api.call<Project>('POST', '/api/v1/projects', { name: `E2E SFTP проект ${data.suffix}`, tag: 'sftp', is_active: false });

  // The supplier's file, already on the server.
  const numbers = phones();
  const fileName = `e2e-${data.suffix}-${Date.now()}.csv`;
  mkdirSync(join(sftpServer.filesDir, 'in'), { recursive: true });
  writeFileSync(join(sftpServer.filesDir, 'in', fileName), `Телефон;Компания\r\n${numbers.map((p, i) => `${p};ООО SFTP ${i + 1}`).join('\r\n')}\r\n`);

  await page.goto('/sftp');
  await expect(page.getByRole('heading', { level: 1, name: 'SFTP' }), 'the SFTP screen').toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'SFTP' }), 'the menu entry').toBeVisible();

  // ---- the server ---------------------------------------------------------------------------
  await page.getByRole('button', { name: 'Добавить сервер' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый SFTP-сервер' });
  await dialog.getByLabel('Название').fill(hostName);
  await dialog.getByLabel('Адрес сервера').fill(sftpServer.host);
  await dialog.getByLabel('Порт').fill(String(sftpServer.port));
  await dialog.getByLabel('Пользователь').fill(sftpServer.user);
  await dialog.getByLabel('Папка на сервере').fill(sftpServer.filesDir);
  await dialog.getByLabel('Пароль', { exact: true }).fill(sftpServer.password);
  await shot(page, '94-sftp-host-dialog');
  await dialog.getByRole('button', { name: 'Создать' }).click();
  await expect(page.getByText(`Сервер «${hostName}» добавлен`), 'the confirmation').toBeVisible();
  const row = sftp.hostRow(hostName);
  await expect(row.getByTestId('host-state'), 'no key is accepted yet').toHaveAttribute('data-state', 'keyUnknown');

  await row.getByRole('button', { name: /^Проверить подключение/ }).click();
  const testDialog = sftp.testDialog(hostName);
  await expect(testDialog.getByTestId('host-key-unknown'), 'the key is new').toContainText('Ключ сервера ещё не принят');
  await expect(testDialog.getByTestId('host-fingerprint'), "the server's own fingerprint").toHaveText(sftpServer.fingerprint);
  await shot(page, '95-sftp-host-key');
  await testDialog.getByRole('button', { name: 'Принять ключ' }).click();
  // Accepted, the test runs again and signs in: the directory with the supplier's folder.
  await expect(testDialog.getByTestId('host-test-ok'), 'the connection works').toHaveText('Подключение работает');
  await expect(testDialog.getByTestId('host-listing').getByTestId('host-entry').filter({ has: page.getByText('in', { exact: true }) }), 'the in/ folder').toBeVisible();
  await shot(page, '96-sftp-host-listing');
  await testDialog.getByRole('button', { name: 'Закрыть' }).click();
  await expect(row.getByTestId('host-state'), 'the row says it works').toHaveAttribute('data-state', 'ok');
  await expect(row.getByTestId('host-key'), 'the accepted key').toHaveText(sftpServer.fingerprint);
  await shot(page, '97-sftp-hosts');

  // ---- the schedule -------------------------------------------------------------------------
  await sftp.tab('Расписания').click();
  await page.getByRole('button', { name: 'Добавить расписание' }).click();
  const scheduleDialog = page.getByRole('dialog', { name: 'Новое расписание' });
  await scheduleDialog.getByLabel('Название').fill(scheduleName);
  await scheduleDialog.getByRole('combobox', { name: 'Сервер' }).click();
  await page.getByRole('option', { name: hostName }).click();
  await scheduleDialog.getByLabel('Расписание (cron)').fill('30 6 * * 1-5');
  await expect(scheduleDialog.getByTestId('cron-words'), 'the expression in words').toHaveText('по будням в 06:30');
  await expect(scheduleDialog.getByTestId('cron-next'), 'the next five runs from the server').toHaveCount(5);
  await expect(scheduleDialog.getByTestId('cron-next').first(), 'a weekday at 06:30').toContainText('06:30');
  await scheduleDialog.getByLabel('Файл или маска').fill('in/*.csv');
  const picker = scheduleDialog.getByRole('combobox', { name: /^Проект/ });
  await picker.click();
  await picker.fill(project.name.slice(0, 14));
  await page.getByRole('option', { name: project.name }).click();
  await shot(page, '98-sftp-schedule-dialog', { height: 1300 });
  await scheduleDialog.getByRole('button', { name: 'Создать' }).click();
  await expect(page.getByText(`Расписание «${scheduleName}» создано`), 'the confirmation').toBeVisible();
  const scheduleRow = sftp.scheduleRow(scheduleName);
  await expect(scheduleRow.getByTestId('schedule-cron'), 'the expression').toHaveText('30 6 * * 1-5');
  await expect(scheduleRow, 'the words').toContainText('по будням в 06:30');
  await shot(page, '99-sftp-schedules');

  // ---- run now: the log ---------------------------------------------------------------------
  await scheduleRow.getByRole('button', { name: `Запустить сейчас: ${scheduleName}` }).click();
  await expect(page, 'the log opens on the run').toHaveURL(/tab=runs&run=\d+/);
  const runId = Number(new URL(page.url()).searchParams.get('run'));
  const runDialog = sftp.runDialog(runId);
  await expect(runDialog.getByTestId('sftp-run-status'), 'the run completes').toHaveAttribute('data-status', 'completed', { timeout: 60_000 });
  const file = runDialog.getByTestId('sftp-run-file').filter({ hasText: fileName });
  await expect(file, 'the file was taken').toHaveAttribute('data-action', 'taken');
  await expect(file.getByTestId('sftp-run-file-import'), 'its import completes').toHaveAttribute('data-status', 'completed', { timeout: 60_000 });
  await expect(file.getByTestId('sftp-run-file-imported'), 'all three numbers imported').toHaveText('3');
  await expect(file.getByTestId('sftp-run-file-failed'), 'no row failed').toHaveText('0');
  await shot(page, '100-sftp-run');
  await runDialog.getByRole('button', { name: 'Закрыть' }).click();
  await expect(sftp.runRow(runId), 'the run in the log').toHaveAttribute('data-status', 'completed');
  await expect(sftp.runRow(runId).getByTestId('sftp-run-files'), 'one file seen and taken').toHaveText('1 / 1 / 0');
  await shot(page, '101-sftp-runs');

  // The server agrees: the file was taken into the project.
  const run = await api.call<Run>('GET', `/api/v1/sftp/jobs/${runId}`);
  expect(run.files?.find((f) => f.name.endsWith(fileName)), 'the run names the file with its import').toMatchObject({
    action: 'taken',
    import: { status: 'completed', imported_rows: 3 },
  });
  const listed = await api.call<{ data: { phone_number: string }[] }>('GET', `/api/v1/phone_numbers?project_id=${project.id}&limit=10`);
  expect(listed.data.map((n) => n.phone_number).sort(), 'the numbers are in the project').toEqual([...numbers].sort());
});
