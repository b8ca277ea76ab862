import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/lib/i18n';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { providerInput, providerSchema } from './dictionary-schemas';
import { ProviderDialog } from './ProviderDialog';

describe('ProviderDialog', () => {
  let fake: ReturnType<typeof fakeFetch>;
  beforeEach(() => {
    fake = fakeFetch([
      {
        method: 'POST',
        path: /\/api\/v1\/providers$/,
        status: 409,
        body: {
          error: {
            code: 'CONFLICT',
            message: 'A provider with this code already exists',
            details: [
              { field: 'code', issue: 'already exists' },
              { field: 'extra', issue: 'must be at most 200 characters' },
            ],
          },
        },
      },
      {
        method: 'PATCH',
        path: /\/api\/v1\/providers\/4$/,
        body: { id: 4, code: 'B2', name: 'Base two', type: '', contact: '', is_active: true, price_per_number: 2.75 },
      },
    ]);
    vi.stubGlobal('fetch', fake.fn);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("shows the server's field issues in Russian", async () => {
    const user = userEvent.setup();
    renderWithApp(<ProviderDialog open provider={null} onClose={() => undefined} onSaved={() => undefined} />);
    await user.type(screen.getByRole('textbox', { name: 'Код' }), 'B1');
    await user.type(screen.getByRole('textbox', { name: 'Название' }), 'Base one');
    await user.click(screen.getByRole('button', { name: 'Создать' }));
    expect(await screen.findByText('уже существует')).toBeTruthy();
    expect(screen.getByText('extra: должно содержать не более 200 символов')).toBeTruthy();
    expect(screen.queryByText('already exists')).toBeNull();
  });

  it('checks the price per number, and sends it as a number, or null when empty', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    const provider = { id: 4, code: 'B2', name: 'Base two', type: '', contact: '', is_active: true, price_per_number: 1.5, created_at: '', updated_at: '' };
    renderWithApp(<ProviderDialog open provider={provider} onClose={() => undefined} onSaved={onSaved} />);
    const price = screen.getByRole('textbox', { name: 'Цена за номер, ₽' });
    expect(price).toHaveProperty('value', '1,5');
    expect(screen.getByText('Пусто — цена не указана')).toBeTruthy();

    for (const [typed, message] of [
      ['-1', 'Не меньше нуля'],
      ['abc', 'Введите число, например 1,50'],
      ['1,505', 'Не больше двух знаков после запятой'],
      ['2000000000', 'Слишком большое число'],
    ] as const) {
      await user.clear(price);
      await user.type(price, typed);
      await user.click(screen.getByRole('button', { name: 'Сохранить' }));
      expect(await screen.findByText(message)).toBeTruthy();
    }
    expect(fake.calls.some((c) => c.method === 'PATCH')).toBe(false);

    await user.clear(price);
    await user.type(price, '2,75');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(fake.calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({ code: 'B2', price_per_number: 2.75 });
  });

  it('says the same in English, and empty is no price', () => {
    const en = createI18n('en').t;
    const issue = (price: string) => providerSchema.safeParse({ code: 'B1', name: 'B', type: '', contact: '', is_active: true, price_per_number: price });
    const message = (price: string) => {
      const result = issue(price);
      return result.success ? null : en(result.error.issues[0]?.message as 'validation.required');
    };
    expect(message('-0.5')).toBe('Zero or more');
    expect(message('1.234')).toBe('At most two decimal places');
    expect(message('x')).toBe('Enter a number, e.g. 1.50');
    expect(message('0')).toBeNull();
    expect(message('')).toBeNull();
    const parsed = issue(' 0,5 ');
    expect(parsed.success && providerInput(parsed.data).price_per_number).toBe(0.5);
    const empty = issue('');
    expect(empty.success && providerInput(empty.data).price_per_number).toBeNull();
  });
});
