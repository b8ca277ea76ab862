import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { JobProgressTransportProvider, type JobProgressTransport } from '@/hooks/use-job-progress';
import { fakeFetch, renderWithApp, type FakeRoute } from '@/testing/render';
import { SftpPage } from './SftpPage';
import { ADMIN, fileOf, FINGERPRINT, hostOf, runOf, scheduleOf } from './test-fixtures';

function Location() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

const HOSTS = [
  hostOf(1, { name: 'Работает' }),
  hostOf(2, { name: 'Новый', host_key_fingerprint: null, last_test_ok: null, last_test_at: null }),
  hostOf(3, { name: 'Подменённый', host_key_changed: true, seen_host_key_fingerprint: 'SHA256:other' }),
  hostOf(4, { name: 'Ошибка', last_test_ok: false, last_test_error: 'cannot connect to sftp.partner.example:22: Connection refused' }),
  hostOf(5, { name: 'Занятый', schedules: 2 }),
];

/** Follows no job: the progress bar says the run waits. */
const noProgress: JobProgressTransport = { subscribe: () => () => undefined };

function setup(route: string, routes: FakeRoute[] = []) {
  const fake = fakeFetch([
    ...routes,
    { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: ADMIN },
    { method: 'GET', path: /\/api\/v1\/sftp\/configs$/, body: { data: HOSTS } },
    { method: 'GET', path: /\/api\/v1\/sftp\/schedules$/, body: { data: [scheduleOf(1, { last_run: { id: 12, status: 'failed', created_at: '2026-03-02T03:00:00Z', completed_at: '2026-03-02T03:00:05Z' } }), scheduleOf(2, { name: 'Выключенное', is_enabled: false, next_run_at: null })] } },
  ]);
  vi.stubGlobal('fetch', fake.fn);
  const user = userEvent.setup();
  renderWithApp(
    <JobProgressTransportProvider transport={noProgress}>
      <SftpPage />
      <Location />
    </JobProgressTransportProvider>,
    { route },
  );
  return { fake, user, location: () => screen.getByTestId('location').textContent };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the SFTP screen', { timeout: 20_000 }, () => {
  it('shows each server with what its row should say first', async () => {
    setup('/sftp');
    const state = async (id: number) => within(await screen.findByTestId(`host-row-${id}`)).getByTestId('host-state');
    expect((await state(1)).getAttribute('data-state')).toBe('ok');
    expect((await state(1)).textContent).toBe('Работает');
    expect((await state(2)).textContent).toBe('Ключ не принят');
    expect((await state(3)).textContent).toBe('Ключ изменился');
    expect((await state(4)).textContent).toBe('Ошибка');
    expect(within(screen.getByTestId('host-row-1')).getByTestId('host-key').textContent).toBe(FINGERPRINT);
    expect(within(screen.getByTestId('host-row-2')).getByTestId('host-key').textContent).toBe('не принят');
    expect(within(screen.getByTestId('host-row-1')).getByText('sftp.partner.example:22')).toBeTruthy();
  });

  it('does not offer to delete a server its schedules use', async () => {
    const { user } = setup('/sftp');
    await user.click(await screen.findByRole('button', { name: 'Удалить: Занятый' }));
    const confirm = screen.getByRole('dialog', { name: 'Удалить сервер' });
    expect(confirm.textContent).toContain('Сервер используется в 2 расписаниях: сначала удалите их.');
    expect(within(confirm).getByRole<HTMLButtonElement>('button', { name: 'Удалить' }).disabled).toBe(true);
  });

  it('deletes a server after asking', async () => {
    const { user, fake } = setup('/sftp', [{ method: 'DELETE', path: /\/sftp\/configs\/2$/, body: { deleted: true } }]);
    await user.click(await screen.findByRole('button', { name: 'Удалить: Новый' }));
    const confirm = screen.getByRole('dialog', { name: 'Удалить сервер' });
    expect(confirm.textContent).toContain('Удалить сервер «Новый»?');
    await user.click(within(confirm).getByRole('button', { name: 'Удалить' }));
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'DELETE')).toHaveLength(1));
    expect(await screen.findByText('Сервер «Новый» удалён')).toBeTruthy();
  });

  it('lists the schedules with their words, switches one off and runs one now into the log', async () => {
    const started = runOf(30, { status: 'scheduled', started_at: null, completed_at: null, files_seen: 0, files_taken: 0, files_skipped: 0, bytes: 0 });
    const { user, fake, location } = setup('/sftp?tab=schedules', [
      { method: 'PATCH', path: /\/sftp\/schedules\/1$/, body: scheduleOf(1, { is_enabled: false }) },
      { method: 'POST', path: /\/sftp\/schedules\/1\/run$/, status: 201, body: started },
      { method: 'GET', path: /\/sftp\/jobs\/30$/, body: { ...started, files: [] } },
      { method: 'GET', path: /\/sftp\/jobs\?/, body: { data: [started], pagination: { total: 1, limit: 25, offset: 0, has_next: false } } },
    ]);
    const row = await screen.findByTestId('schedule-row-1');
    expect(row.textContent).toContain('по будням в 06:00');
    expect(within(row).getByTestId('schedule-last-run').textContent).toContain('Ошибка');
    expect(within(screen.getByTestId('schedule-row-2')).getByTestId('schedule-next-run').textContent).toBe('выключено');

    await user.click(within(row).getByRole('checkbox', { name: 'Включено: Ночной импорт 1' }));
    await waitFor(() => expect(fake.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ is_enabled: false }));

    await user.click(within(row).getByRole('button', { name: 'Запустить сейчас: Ночной импорт 1' }));
    await waitFor(() => expect(location()).toBe('/sftp?tab=runs&run=30'));
    const details = await screen.findByRole('dialog', { name: /Запуск 30/ });
    expect(await within(details).findByText('Ждёт своей очереди…')).toBeTruthy();
    expect(screen.getByTestId('sftp-run-row-30').getAttribute('data-status')).toBe('scheduled');
  });

  it("opens a run's details: each file's fate in words, its import's counts and error report", async () => {
    const run = runOf(12, {
      files: [
        fileOf('/exchange/in/a.csv', {
          action: 'taken',
          import: { id: 40, job_id: 41, status: 'completed', total_rows: 10, imported_rows: 7, duplicate_rows: 2, failed_rows: 1, error: null, error_report_url: '/api/v1/imports/40/errors' },
        }),
        fileOf('/exchange/in/b.csv', { reason: 'already_imported' }),
        fileOf('/exchange/in/c.csv', { reason: 'still_being_written' }),
        fileOf('/exchange/in/d.csv', { action: 'failed', reason: 'unreadable: the file is empty' }),
      ],
    });
    const { user, fake, location } = setup('/sftp?tab=runs', [
      { method: 'GET', path: /\/sftp\/jobs\/12$/, body: run },
      { method: 'GET', path: /\/sftp\/jobs\?/, body: { data: [runOf(12), runOf(11, { status: 'failed', error: 'the SFTP host is switched off' })], pagination: { total: 2, limit: 25, offset: 0, has_next: false } } },
      { method: 'GET', path: /\/api\/v1\/imports\/40\/errors$/, body: 'row;value;reason\r\n' },
    ]);
    const failedRow = await screen.findByTestId('sftp-run-row-11');
    expect(failedRow.textContent).toContain('SFTP-сервер отключён');
    expect(within(screen.getByTestId('sftp-run-row-12')).getByTestId('sftp-run-files').textContent).toBe('3 / 1 / 2');
    expect(fake.calls.find((c) => c.url.includes('/sftp/jobs?'))?.url).toContain('limit=25&offset=0');

    await user.click(screen.getByTestId('sftp-run-row-12'));
    expect(location()).toBe('/sftp?tab=runs&run=12');
    const details = await screen.findByRole('dialog', { name: /Запуск 12/ });
    const files = await within(details).findAllByTestId('sftp-run-file');
    expect(files).toHaveLength(4);
    expect(within(files[0]!).getByTestId('sftp-run-file-imported').textContent).toBe('7');
    expect(within(files[0]!).getByTestId('sftp-run-file-duplicates').textContent).toBe('2');
    expect(within(files[0]!).getByTestId('sftp-run-file-failed').textContent).toBe('1');
    expect(within(files[1]!).getByTestId('sftp-run-file-reason').textContent).toBe('уже загружен');
    expect(within(files[2]!).getByTestId('sftp-run-file-reason').textContent).toBe('ещё записывается');
    expect(within(files[3]!).getByTestId('sftp-run-file-reason').textContent).toBe('не читается: файл пустой');
    expect(within(files[3]!).getByText('Ошибка')).toBeTruthy();

    // The report is fetched with the session's token and saved, as the imports screen does.
    const saved = Object.getOwnPropertyDescriptors(URL);
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:report'), revokeObjectURL: vi.fn() });
    onTestFinished(() => {
      Object.defineProperties(URL, {
        createObjectURL: saved.createObjectURL ?? { value: undefined, configurable: true, writable: true },
        revokeObjectURL: saved.revokeObjectURL ?? { value: undefined, configurable: true, writable: true },
      });
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(within(files[0]!).getByRole('button', { name: 'Отчёт об ошибках' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(fake.calls.some((c) => c.url.endsWith('/api/v1/imports/40/errors'))).toBe(true);

    await user.click(within(details).getByRole('button', { name: 'Закрыть' }));
    await waitFor(() => expect(location()).toBe('/sftp?tab=runs'));
  });

  it('asks the log again while a run is queued or running', async () => {
    const { fake } = setup('/sftp?tab=runs', [
      { method: 'GET', path: /\/sftp\/jobs\?/, body: { data: [runOf(20, { status: 'running', completed_at: null })], pagination: { total: 1, limit: 25, offset: 0, has_next: false } } },
    ]);
    const listCalls = () => fake.calls.filter((c) => c.url.includes('/sftp/jobs?')).length;
    await screen.findByTestId('sftp-run-row-20');
    expect(listCalls()).toBe(1);
    await waitFor(() => expect(listCalls()).toBeGreaterThan(1), { timeout: 5000 });
  });
});
