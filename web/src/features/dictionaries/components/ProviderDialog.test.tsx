import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { ProviderDialog } from './ProviderDialog';

describe('ProviderDialog', () => {
  beforeEach(() => {
    const fake = fakeFetch([
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
});
