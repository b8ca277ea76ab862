import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderWithApp, type FakeRoute } from '@/testing/render';
import { MANAGER } from './test-fixtures';
import { PhoneLine } from './PhoneLine';

function setup(softphone: FakeRoute | null, call?: Partial<FakeRoute>) {
  const fake = fakeFetch([
    { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: MANAGER },
    ...(softphone ? [softphone] : []),
    { method: 'POST', path: /\/api\/v1\/softphone\/calls$/, status: 202, body: { status: 'requested', integration_id: 1 }, ...call },
  ]);
  vi.stubGlobal('fetch', fake.fn);
  const user = userEvent.setup();
  renderWithApp(<PhoneLine phone="+79161234567" />);
  return { fake, user, calls: () => fake.calls.filter((c) => c.method === 'POST') };
}

const me = (clickToCall: boolean): FakeRoute => ({
  method: 'GET',
  path: /\/api\/v1\/softphone\/me$/,
  body: { extension: clickToCall ? '101' : null, click_to_call: clickToCall },
});

afterEach(() => vi.unstubAllGlobals());

describe('the call button of the number card', () => {
  it('is a tel: link without click-to-call', async () => {
    const { fake } = setup(me(false));
    await waitFor(() => expect(fake.calls.some((c) => c.url.endsWith('/softphone/me'))).toBe(true));
    expect(screen.getByRole('link', { name: 'Позвонить' }).getAttribute('href')).toBe('tel:+79161234567');
    expect(screen.queryByRole('button', { name: 'Позвонить через АТС' })).toBeNull();
  });

  it('stays a tel: link with a server without SoftPhone (404)', async () => {
    const { fake } = setup(null);
    await waitFor(() => expect(fake.calls.some((c) => c.url.endsWith('/softphone/me'))).toBe(true));
    expect(screen.getByRole('link', { name: 'Позвонить' }).getAttribute('href')).toBe('tel:+79161234567');
  });

  it('asks the PBX to call through the user’s phone, and says so', async () => {
    const { user, calls } = setup(me(true));
    const button = await screen.findByRole('button', { name: 'Позвонить через АТС' });
    expect(screen.queryByRole('link', { name: 'Позвонить' })).toBeNull();
    await user.click(button);
    await waitFor(() => expect(screen.getByTestId('click-to-call-status').textContent).toBe('Звоним… возьмите трубку'));
    expect(calls()).toHaveLength(1);
    expect(calls()[0]!.body).toEqual({ phone_number: '+79161234567' });
  });

  it('says why the call could not be made', async () => {
    const { user } = setup(me(true), {
      status: 422,
      body: {
        error: {
          code: 'VALIDATION_ERROR',
          message: 'Invalid input data',
          details: [{ field: 'phone_number', issue: 'no PBX with click-to-call knows your extension' }],
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Позвонить через АТС' }));
    await waitFor(() =>
      expect(screen.getByTestId('click-to-call-status').textContent).toBe(
        'Не удалось позвонить: ни одна АТС со звонками из CRM не знает ваш внутренний номер',
      ),
    );
  });

  it("passes on the PBX's refusal", async () => {
    const { user } = setup(me(true), { status: 502, body: { error: { code: 'PBX_ERROR', message: 'extension 101 is offline', details: [] } } });
    await user.click(await screen.findByRole('button', { name: 'Позвонить через АТС' }));
    await waitFor(() =>
      expect(screen.getByTestId('click-to-call-status').textContent).toBe('Не удалось позвонить: АТС не выполнила запрос: extension 101 is offline'),
    );
  });
});
