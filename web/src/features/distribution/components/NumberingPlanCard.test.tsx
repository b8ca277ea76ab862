import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPollingTransport, JobProgressTransportProvider } from '@/hooks/use-job-progress';
import type { Job, NumberingPlanLoadReport, NumberingPlanSummary } from '@/lib/api-types';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { NumberingPlanCard } from './NumberingPlanCard';

const plan: NumberingPlanSummary = { ranges: 9677, unmapped_ranges: 0, operators: 3, loaded_at: '2026-12-03T10:00:00.000Z' };

const report: NumberingPlanLoadReport = {
  ranges: 9677,
  added: 2,
  changed: 1,
  removed: 0,
  unmapped_regions: ['Байконур', 'Херсонская обл.'],
  rederive_job_id: 41,
};

const job: Job = {
  id: 41,
  kind: 'rederive_regions',
  status: 'completed',
  progress_done: 1,
  progress_total: 1,
  result: { ranges: 1, pool_numbers: 3, phone_numbers: 12 },
  error: null,
  requested_by: 1,
  attempts: 1,
  created_at: '2026-12-03T10:00:00.000Z',
  started_at: '2026-12-03T10:00:00.000Z',
  finished_at: '2026-12-03T10:00:01.000Z',
  cancel_requested: false,
};

/** The upload goes through XMLHttpRequest: this one answers with `answer`, after reporting the whole body sent. */
const sent: FormData[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: report };
class FakeXhr {
  status = 0;
  statusText = '';
  responseText = '';
  path = '';
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  open(_method: string, path: string) {
    this.path = path;
  }
  setRequestHeader() {}
  getResponseHeader() {
    return null;
  }
  abort() {}
  send(body: FormData) {
    sent.push(body);
    setTimeout(() => {
      this.upload.onprogress?.({ loaded: 100, total: 100, lengthComputable: true });
      this.status = answer.status;
      this.responseText = JSON.stringify(answer.body);
      this.onload?.();
    }, 0);
  }
}

describe('NumberingPlanCard', () => {
  let fake: ReturnType<typeof fakeFetch>;
  beforeEach(() => {
    sent.length = 0;
    answer = { status: 200, body: report };
    fake = fakeFetch([{ method: 'GET', path: /\/api\/v1\/numbering_plan$/, body: plan }]);
    vi.stubGlobal('fetch', fake.fn);
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => vi.unstubAllGlobals());

  function renderCard(canUpload = true) {
    const transport = createPollingTransport({ fetchJob: () => Promise.resolve(job), intervalMs: 10 });
    return renderWithApp(
      <JobProgressTransportProvider transport={transport}>
        <NumberingPlanCard canUpload={canUpload} />
      </JobProgressTransportProvider>,
    );
  }

  it('shows what the numbering plan holds and when it was loaded', async () => {
    renderCard(false);
    expect(screen.getByRole('heading', { name: 'Реестр нумерации' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('numbering-plan-summary').textContent).toMatch(/^9\s677 диапазонов, 3 оператора, загружен 03\.12\.2026$/));
    expect(screen.queryByRole('button', { name: 'Загрузить новый файл реестра' })).toBeNull();
  });

  it('says how many ranges are without a region, and when no file was loaded', async () => {
    fake = fakeFetch([{ method: 'GET', path: /\/api\/v1\/numbering_plan$/, body: { ranges: 21, unmapped_ranges: 4, operators: 1, loaded_at: null } }]);
    vi.stubGlobal('fetch', fake.fn);
    const { unmount } = renderCard(false);
    await waitFor(() =>
      expect(screen.getByTestId('numbering-plan-summary').textContent).toBe('21 диапазон, 1 оператор, без региона: 4'),
    );
    unmount();
    fake = fakeFetch([{ method: 'GET', path: /\/api\/v1\/numbering_plan$/, body: { ranges: 0, unmapped_ranges: 0, operators: 0, loaded_at: null } }]);
    vi.stubGlobal('fetch', fake.fn);
    renderCard(false);
    await waitFor(() =>
      expect(screen.getByTestId('numbering-plan-summary').textContent).toBe('0 диапазонов, 0 операторов, файл реестра ещё не загружался'),
    );
  });

  it('uploads a registry file and shows what changed, the unmapped regions and the recalculation', async () => {
    const user = userEvent.setup();
    renderCard();
    await user.upload(screen.getByLabelText('Файл реестра нумерации'), new File(['АВС/ DEF;От;До\n'], 'DEF-9xx.csv', { type: 'text/csv' }));
    const result = await screen.findByTestId('numbering-plan-report');
    expect(within(result).getByText(/Добавлено 2, изменено 1, удалено 0 диапазонов\./)).toBeTruthy();
    expect(within(screen.getByTestId('numbering-plan-unmapped')).getByText('Байконур, Херсонская обл.')).toBeTruthy();
    expect(await screen.findByText('Регионы номеров пересчитаны: в пуле — 3, в проектах — 12')).toBeTruthy();
    expect(sent).toHaveLength(1);
    const file = sent[0]?.get('file');
    expect(file instanceof File ? file.name : null).toBe('DEF-9xx.csv');
  });

  it('shows the recalculation in progress while the job runs', async () => {
    const user = userEvent.setup();
    const running: Job = { ...job, status: 'running', progress_done: 0, progress_total: 3, result: null, finished_at: null };
    const transport = createPollingTransport({ fetchJob: () => Promise.resolve(running), intervalMs: 10 });
    renderWithApp(
      <JobProgressTransportProvider transport={transport}>
        <NumberingPlanCard canUpload />
      </JobProgressTransportProvider>,
    );
    await user.upload(screen.getByLabelText('Файл реестра нумерации'), new File(['x'], 'plan.csv'));
    expect(await screen.findByText('Регионы номеров изменённых диапазонов пересчитываются в фоне')).toBeTruthy();
    expect(await screen.findByText('Пересчитано диапазонов: 0 из 3')).toBeTruthy();
  });

  it('without changed ranges there is no recalculation and no warning', async () => {
    const user = userEvent.setup();
    answer = { status: 200, body: { ...report, added: 0, changed: 0, unmapped_regions: [], rederive_job_id: null } };
    renderCard();
    await user.upload(screen.getByLabelText('Файл реестра нумерации'), new File(['x'], 'plan.csv'));
    expect(await screen.findByText(/Добавлено 0, изменено 0, удалено 0 диапазонов\./)).toBeTruthy();
    expect(screen.queryByTestId('numbering-plan-unmapped')).toBeNull();
    expect(screen.queryByTestId('numbering-plan-rederive')).toBeNull();
  });

  it('shows why an unreadable file was refused under the button', async () => {
    const user = userEvent.setup();
    answer = {
      status: 422,
      body: {
        error: {
          code: 'UNREADABLE_FILE',
          message: 'The numbering plan file cannot be loaded: line 3: expected 7 columns',
          details: [{ field: 'file', issue: 'line 3: expected 7 columns' }],
        },
      },
    };
    renderCard();
    await user.upload(screen.getByLabelText('Файл реестра нумерации'), new File(['x'], 'plan.csv'));
    const alert = await screen.findByRole('alert');
    // The server's words are translated where the UI knows them (lib/server-messages.ts), kept where not.
    expect(alert.textContent).toBe('Файл реестра не удаётся загрузить: строка 3: expected 7 columns');
    expect(screen.queryByTestId('numbering-plan-report')).toBeNull();
    expect(screen.getByRole('button', { name: 'Загрузить новый файл реестра' })).toHaveProperty('disabled', false);
  });
});
