import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { renderWithApp } from '@/testing/render';
import { ErrorAlert } from './ErrorAlert';

describe('ErrorAlert', () => {
  it("shows the server's message in Russian", () => {
    const error = new ApiError({ status: 409, code: 'CONFLICT', message: 'The provider is used by 3 projects', requestId: 'r-1' });
    renderWithApp(<ErrorAlert error={error} />);
    expect(screen.getByRole('alert').textContent).toContain('Поставщик используется: 3 проектами.');
    expect(screen.queryByText(/is used by/)).toBeNull();
  });

  it("shows a message it does not know as the server wrote it", () => {
    renderWithApp(<ErrorAlert error={new ApiError({ status: 409, code: 'CONFLICT', message: 'Something brand new' })} />);
    expect(screen.getByRole('alert').textContent).toContain('Something brand new');
  });
});
