import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPollingTransport, JobProgressTransportProvider } from '@/hooks/use-job-progress';
import type { Import, ImportPreview, Job } from '@/lib/api-types';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { NewImport } from './NewImport';

const me = { user: { id: 1, username: 'admin' }, role: 'administrator', permissions: ['all'] };
const preview: ImportPreview = {
  file_kind: 'csv',
  encoding: 'UTF-8',
  delimiter: ';',
  has_header: true,
  header: ['Телефон', 'Компания'],
  columns: ['phone', 'company'],
  rows: [
    ['+7 916 123-45-01', 'ООО Ромашка'],
    ['не номер', 'ООО Лютик'],
  ],
};
const started = { id: 9, job_id: 40, status: 'queued', project_id: 3, project_name: 'Кредитные карты', filename: 'base.csv' } as Import;
const finished: Import = {
  ...started,
  status: 'completed',
  provider_id: null,
  geo_id: null,
  region: 'RU',
  language: 'ru',
  file_size: 60,
  file_kind: 'csv',
  columns: null,
  progress_done: 20,
  progress_total: 20,
  total_rows: 20,
  imported_rows: 17,
  duplicate_rows: 2,
  duplicates_in_file: 1,
  already_in_project: 1,
  failed_rows: 1,
  error: null,
  attempts: 1,
  created_by: 1,
  created_by_username: 'admin',
  created_at: '2026-02-25T13:00:00.000Z',
  started_at: '2026-02-25T13:00:00.100Z',
  completed_at: '2026-02-25T13:00:01.000Z',
  error_report_url: '/api/v1/imports/9/errors',
  errors: [{ row: 3, value: 'не номер', error: 'not a valid phone number' }],
};
const job: Job = {
  id: 40,
  kind: 'import',
  status: 'completed',
  progress_done: 20,
  progress_total: 20,
  result: null,
  error: null,
  requested_by: 1,
  attempts: 1,
  created_at: '2026-02-25T13:00:00.000Z',
  started_at: null,
  finished_at: null,
  cancel_requested: false,
};

/** The upload goes through XMLHttpRequest: this one answers 201 with the queued import. */
const sentForms: FormData[] = [];
class FakeXhr {
  status = 0;
  statusText = '';
  responseText = '';
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  open() {}
  setRequestHeader() {}
  getResponseHeader() {
    return null;
  }
  abort() {}
  send(body: FormData) {
    sentForms.push(body);
    setTimeout(() => {
      this.upload.onprogress?.({ loaded: 60, total: 60, lengthComputable: true });
      this.status = 201;
      this.responseText = JSON.stringify(started);
      this.onload?.();
    }, 0);
  }
}

describe('NewImport', () => {
  let fake: ReturnType<typeof fakeFetch>;
  beforeEach(() => {
    sentForms.length = 0;
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: me },
      { method: 'GET', path: /\/api\/v1\/providers/, body: { data: [] } },
      { method: 'POST', path: /\/api\/v1\/imports\/preview$/, body: preview },
      { method: 'GET', path: /\/api\/v1\/imports\/9$/, body: finished },
    ]);
    vi.stubGlobal('fetch', fake.fn);
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => vi.unstubAllGlobals());

  function renderPanel() {
    const transport = createPollingTransport({ fetchJob: () => Promise.resolve(job), intervalMs: 10 });
    return renderWithApp(
      <JobProgressTransportProvider transport={transport}>
        <NewImport
          renderProjectPicker={({ onChange, helperText }) => (
            <div>
              <button type="button" onClick={() => onChange(3)}>
                pick project
              </button>
              {helperText}
            </div>
          )}
        />
      </JobProgressTransportProvider>,
    );
  }

  it('previews the file, checks the mapping and the project, uploads, and shows the result', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.upload(screen.getByLabelText('Файл для импорта'), new File(['Телефон;Компания\n+79161234501;ООО Ромашка\n'], 'base.csv', { type: 'text/csv' }));

    const panel = await screen.findByTestId('import-preview');
    expect(within(panel).getByText('UTF-8')).toBeTruthy();
    expect(within(panel).getByText('«;» точка с запятой')).toBeTruthy();
    expect(within(panel).getByText('ООО Лютик')).toBeTruthy();
    expect(within(panel).getByRole('combobox', { name: 'Что в столбце 1' }).textContent).toBe('Телефон');

    // No phone column, no project: both are explained and nothing is sent.
    await user.click(within(panel).getByRole('combobox', { name: 'Что в столбце 1' }));
    await user.click(screen.getByRole('option', { name: 'Не загружать' }));
    await user.click(screen.getByRole('button', { name: 'Начать импорт' }));
    expect(await screen.findByText('Укажите столбец с телефоном')).toBeTruthy();
    expect(screen.getByText('Выберите проект')).toBeTruthy();
    expect(sentForms).toHaveLength(0);

    // The phone goes to the second column: a mapping of one's own is sent.
    await user.click(within(panel).getByRole('combobox', { name: 'Что в столбце 2' }));
    await user.click(screen.getByRole('option', { name: 'Телефон' }));
    await user.click(screen.getByRole('button', { name: 'pick project' }));
    await user.click(screen.getByRole('button', { name: 'Начать импорт' }));

    await waitFor(() => expect(sentForms).toHaveLength(1));
    const form = sentForms[0]!;
    expect(form.get('project_id')).toBe('3');
    expect(form.get('outside_geo')).toBe('import');
    expect(form.get('region')).toBe('RU');
    expect(form.get('columns')).toBe('["ignore","phone"]');
    expect((form.get('file') as File).name).toBe('base.csv');

    const summary = await screen.findByTestId('import-summary');
    expect(within(summary).getByTestId('import-count-imported').textContent).toContain('17');
    expect(within(summary).getByTestId('import-count-failed').textContent).toContain('1');
    expect(within(summary).getByText('неверный номер телефона')).toBeTruthy();
    expect(within(summary).getByRole('button', { name: 'Скачать отчёт об ошибках' })).toBeTruthy();
    // An import from before the server counted the numbers in other projects: no such lines.
    expect(within(summary).queryByTestId('import-notes')).toBeNull();
  });

  it("routes the numbers outside the project's geo to the pool when asked; the choice is only for a project", async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.upload(screen.getByLabelText('Файл для импорта'), new File(['Телефон;Компания\n+79161234501;ООО Ромашка\n'], 'base.csv', { type: 'text/csv' }));
    await screen.findByTestId('import-preview');

    const choice = screen.getByRole('radiogroup', { name: 'Номера вне географии проекта:' });
    expect(within(choice).getByRole('radio', { name: 'Загрузить в проект' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'В пул' }));
    expect(screen.queryByRole('radiogroup', { name: 'Номера вне географии проекта:' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'В проект' }));
    await user.click(screen.getByRole('radio', { name: 'Отправить в пул' }));
    expect(screen.getByText(/попадут в пул \(если их там ещё нет\)/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'pick project' }));
    await user.click(screen.getByRole('button', { name: 'Начать импорт' }));
    await waitFor(() => expect(sentForms).toHaveLength(1));
    expect(sentForms[0]!.get('project_id')).toBe('3');
    expect(sentForms[0]!.get('outside_geo')).toBe('pool');
    expect(sentForms[0]!.has('target')).toBe(false);
  });

  it('shows the numbers other projects have, those outside the geo and those without a region, and the full report', async () => {
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: me },
      { method: 'GET', path: /\/api\/v1\/providers/, body: { data: [] } },
      { method: 'POST', path: /\/api\/v1\/imports\/preview$/, body: preview },
      {
        method: 'GET',
        path: /\/api\/v1\/imports\/9$/,
        body: { ...finished, failed_rows: 0, errors: [], target: 'project', in_other_projects: 2, outside_geo: 5, outside_geo_to_pool: true, routed_to_pool: 4, region_unknown: 3 },
      },
    ]);
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderPanel();
    await user.upload(screen.getByLabelText('Файл для импорта'), new File(['Телефон;Компания\n+79161234501;ООО Ромашка\n'], 'base.csv', { type: 'text/csv' }));
    await screen.findByTestId('import-preview');
    await user.click(screen.getByRole('button', { name: 'pick project' }));
    await user.click(screen.getByRole('button', { name: 'Начать импорт' }));

    const summary = await screen.findByTestId('import-summary');
    expect(within(summary).getByTestId('import-count-in-other-projects').textContent).toBe('Уже есть в других проектах: 2');
    expect(within(summary).getByTestId('import-count-outside-geo').textContent).toBe('Вне географии проекта: 5 — отправлены в пул: 4');
    expect(within(summary).getByTestId('import-count-region-unknown').textContent).toBe('Регион не определён: 3');
    // No failed rows, but the report lists the numbers in other projects.
    expect(within(summary).queryByText('Ошибки в строках')).toBeNull();
    expect(within(summary).getByRole('button', { name: 'Скачать отчёт' })).toBeTruthy();
    const hint = within(summary).getByRole('img', { name: 'Номер добавлен, но он уже есть в другом проекте; список — в отчёте' });
    await user.hover(hint);
    expect((await screen.findByRole('tooltip')).textContent).toBe('Номер добавлен, но он уже есть в другом проекте; список — в отчёте');
  });

  it('explains a file the server cannot read', async () => {
    fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: me },
      { method: 'GET', path: /\/api\/v1\/providers/, body: { data: [] } },
      {
        method: 'POST',
        path: /\/api\/v1\/imports\/preview$/,
        status: 422,
        body: { error: { code: 'UNREADABLE_FILE', message: 'The file cannot be read: binary data', details: [{ field: 'file', issue: 'binary data' }] } },
      },
    ]);
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderPanel();
    await user.upload(screen.getByLabelText('Файл для импорта'), new File(['\u0000\u0001'], 'photo.csv'));
    expect(await screen.findByText('Файл не удаётся прочитать: binary data')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Начать импорт' })).toHaveProperty('disabled', true);
  });
});
