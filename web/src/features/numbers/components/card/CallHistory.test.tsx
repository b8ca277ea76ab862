import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CallRecord } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { renderWithApp } from '@/testing/render';
import { CallHistory } from './CallHistory';

const call = (change: Partial<CallRecord>): CallRecord => ({
  call_id: 'pbx-1',
  timestamp: '2026-02-25T10:00:00.000Z',
  direction: 'outbound',
  duration: 42,
  result: 'answered',
  answered_at: '2026-02-25T10:00:05.000Z',
  ended_at: '2026-02-25T10:00:47.000Z',
  user: 'manager_1',
  recording: null,
  ...change,
});

describe('CallHistory', () => {
  it('shows when each call started, how it ended (in words) and how long it took', () => {
    renderWithApp(<CallHistory calls={[call({}), call({ call_id: 'pbx-2', timestamp: '2026-02-25T09:00:00.000Z', duration: null, result: 'in_progress' })]} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      [formatDateTime('2026-02-25T10:00:00.000Z', 'ru'), 'разговор', '42'],
      [formatDateTime('2026-02-25T09:00:00.000Z', 'ru'), 'идёт', ''],
    ]);
  });

  it('says when there were no calls', () => {
    renderWithApp(<CallHistory calls={[]} />);
    expect(screen.getByTestId('no-calls').textContent).toBe('Звонков пока не было.');
  });
});
