import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DistributionReasonCode, GetBaseResult } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { GetBaseButton } from './GetBaseButton';

function answer(change: Partial<GetBaseResult>): GetBaseResult {
  return { run_id: 5, project_id: 3, handed: 0, remaining_today: null, reason: null, ...change };
}

function setUp(body: unknown, status = 200) {
  const fake = fakeFetch([{ method: 'POST', path: /\/api\/v1\/projects\/3\/get_base$/, status, body }]);
  vi.stubGlobal('fetch', fake.fn);
  return fake;
}

describe('GetBaseButton', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says how many numbers arrived and refreshes the numbers and the projects', async () => {
    const fake = setUp(answer({ handed: 37 }));
    const user = userEvent.setup();
    const { queryClient } = renderWithApp(<GetBaseButton projectId={3} />);
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    await user.click(screen.getByRole('button', { name: 'Получить базу' }));
    expect(await screen.findByText('Получено 37 номеров')).toBeTruthy();
    expect(fake.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    const keys = invalidate.mock.calls.map(([filters]) => JSON.stringify(filters?.queryKey));
    expect(keys).toContain(JSON.stringify(queryKeys.phoneNumbers.all));
    expect(keys).toContain(JSON.stringify(queryKeys.projects.all));
    expect(screen.getByRole('button', { name: 'Получить базу' }).hasAttribute('disabled')).toBe(false);
  });

  it('uses the plural forms and tells what is left for today', async () => {
    setUp(answer({ handed: 1, remaining_today: 499 }));
    const user = userEvent.setup();
    renderWithApp(<GetBaseButton projectId={3} />);
    await user.click(screen.getByRole('button', { name: 'Получить базу' }));
    expect(await screen.findByText('Получен 1 номер. На сегодня осталось: 499')).toBeTruthy();
  });

  it('explains in Russian why no numbers arrived', async () => {
    setUp(answer({ reason: { code: 'daily_limit_reached', message: 'The daily limit of the project is reached' } }));
    const user = userEvent.setup();
    renderWithApp(<GetBaseButton projectId={3} />);
    await user.click(screen.getByRole('button', { name: 'Получить базу' }));
    expect(await screen.findByText('Номера не поступили: достигнут дневной лимит')).toBeTruthy();
  });

  it("falls back to the server's words for a reason it does not know", async () => {
    setUp(answer({ handed: 2, reason: { code: 'supplier_blocked' as DistributionReasonCode, message: 'the supplier is blocked' } }));
    const user = userEvent.setup();
    renderWithApp(<GetBaseButton projectId={3} projectName="Карты" />);
    await user.click(screen.getByRole('button', { name: 'Получить базу: Карты' }));
    expect(await screen.findByText('Получено 2 номера; больше нет: the supplier is blocked')).toBeTruthy();
  });

  it('is disabled while the request runs, and reports a failure', async () => {
    let release: (r: Response) => void = () => undefined;
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => (release = resolve)));
    const user = userEvent.setup();
    renderWithApp(<GetBaseButton projectId={3} />);
    const button = screen.getByRole('button', { name: 'Получить базу' });
    await user.click(button);
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(true));
    release(
      new Response(JSON.stringify({ error: { code: 'FORBIDDEN', message: 'no', details: [] } }), {
        status: 403,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    expect(await screen.findByText(/^Не удалось получить базу: Недостаточно прав/)).toBeTruthy();
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
  });
});
