import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/testing/render';
import { CallHistory } from './CallHistory';

describe("the card's call history", () => {
  it('shows the calls as GET /phone_numbers/{id} gives them, outcomes in words', () => {
    renderWithApp(
      <CallHistory
        calls={[
          { call_id: 'c2', timestamp: '2026-03-02T09:00:00Z', direction: 'inbound', duration: 65, result: 'no_answer' },
          { call_id: 'c1', timestamp: '2026-03-01T09:00:00Z', direction: 'outbound', duration: null, result: 'in_progress' },
        ]}
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'История звонков' })).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toMatch(/^02\.03\.2026, \d\d:00не ответили65$/);
    expect(rows[1]!.textContent).toMatch(/^01\.03\.2026, \d\d:00идёт$/);
  });
});
