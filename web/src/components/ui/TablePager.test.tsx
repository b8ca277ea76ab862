import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/testing/render';
import { TablePager } from './TablePager';

describe('TablePager', () => {
  it('shows the range in Russian and pages forward', async () => {
    const onPageChange = vi.fn();
    renderWithApp(<TablePager total={1234} page={0} pageSize={50} onPageChange={onPageChange} />);
    expect(screen.getByText(/^1–50 из 1\s234$/)).toBeTruthy();
    // A fixed size offers no choice.
    expect(screen.queryByRole('combobox')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /следующ/i }));
    expect(onPageChange).toHaveBeenCalledWith(1);
  });

  it('stays on the last page when the total shrinks under the page asked for', () => {
    renderWithApp(<TablePager total={120} page={9} pageSize={50} onPageChange={() => undefined} />);
    expect(screen.getByText(/^101–120 из 120$/)).toBeTruthy();
  });

  it('offers the page sizes when given, and reports the choice', async () => {
    const onPageSizeChange = vi.fn();
    renderWithApp(
      <TablePager total={500} page={0} pageSize={50} pageSizes={[50, 100]} onPageChange={() => undefined} onPageSizeChange={onPageSizeChange} />,
    );
    await userEvent.click(screen.getByRole('combobox'));
    await userEvent.click(await screen.findByRole('option', { name: '100' }));
    expect(onPageSizeChange).toHaveBeenCalledWith(100);
  });
});
