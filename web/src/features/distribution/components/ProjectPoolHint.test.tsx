import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DistributionReasonCode, PoolSummary } from '@/lib/api-types';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { ProjectPoolHint } from './ProjectPoolHint';

const summary: PoolSummary = {
  waiting: 1530,
  data: [],
  projects: [
    { project_id: 3, name: 'Кредитные карты', can_take: 1250, remaining_today: null, reason: null },
    { project_id: 4, name: 'Ипотека', can_take: 0, remaining_today: 100, reason: { code: 'outside_schedule', message: 'outside the schedule' } },
    { project_id: 5, name: 'Вклады', can_take: 0, remaining_today: null, reason: { code: 'something_new' as DistributionReasonCode, message: 'a reason this UI does not know' } },
  ],
};

describe('ProjectPoolHint', () => {
  beforeEach(() => vi.stubGlobal('fetch', fakeFetch([{ method: 'GET', path: /\/api\/v1\/pool\/summary$/, body: summary }]).fn));
  afterEach(() => vi.unstubAllGlobals());

  it('says how many numbers the pool has for the project now', async () => {
    renderWithApp(<ProjectPoolHint projectId={3} />);
    await waitFor(() => expect(screen.getByTestId('project-pool-hint').textContent).toMatch(/^Сейчас в пуле для проекта: 1\s250$/));
  });

  it('says why the project can take nothing, in the user language or the server words', async () => {
    renderWithApp(
      <>
        <ProjectPoolHint projectId={4} />
        <ProjectPoolHint projectId={5} />
      </>,
    );
    await waitFor(() => expect(screen.getAllByTestId('project-pool-hint')[0]?.textContent).toBe('Сейчас в пуле для проекта: 0 — сейчас не время получения по расписанию проекта'));
    expect(screen.getAllByTestId('project-pool-hint')[1]?.textContent).toBe('Сейчас в пуле для проекта: 0 — a reason this UI does not know');
  });

  it('says nothing for a project the summary does not list', async () => {
    const { container } = renderWithApp(<ProjectPoolHint projectId={99} />);
    await waitFor(() => expect(screen.queryByText(/…/)).toBeNull());
    expect(container.textContent).toBe('');
  });
});
