import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PhoneNumberFilter } from '@/lib/api-types';
import { createI18n } from '@/lib/i18n';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { ExportFilterSummary } from './ExportFilterSummary';

const statuses = { data: [{ id: 2, code: 'in_progress', name_ru: 'В работе', name_en: 'In progress', color: '#ef6c00', sort_order: 2 }] };

function summary(filters: PhoneNumberFilter) {
  return renderWithApp(
    <div data-testid="summary">
      <ExportFilterSummary filters={filters} assignees={[]} renderProjectName={(id) => `#${id}`} />
    </div>,
  );
}

describe('ExportFilterSummary', () => {
  beforeEach(() => {
    const fake = fakeFetch([
      { method: 'GET', path: /\/api\/v1\/number_statuses/, body: statuses },
      { method: 'GET', path: /\/api\/v1\/providers/, body: { data: [] } },
    ]);
    vi.stubGlobal('fetch', fake.fn);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('names the callbacks and the text search, as the server stores them', async () => {
    summary({ status_id: 2, reminder: 'today', phone: '916', q: 'ромашка' });
    expect(await screen.findByText(/В работе/)).toBeTruthy();
    expect(screen.getByTestId('summary').textContent).toBe('статус «В работе», перезвонить сегодня, телефон *916*, поиск «ромашка»');
  });

  it('names each callbacks filter', () => {
    const { unmount } = summary({ reminder: 'overdue' });
    expect(screen.getByTestId('summary').textContent).toBe('перезвон просрочен');
    unmount();
    summary({ reminder: 'week', reminder_due: true });
    expect(screen.getByTestId('summary').textContent).toBe('перезвонить на неделе, напоминание наступило');
  });

  it('has the same words in English', () => {
    const en = createI18n('en').t;
    expect(en('exports.summary.reminders.week')).toBe('call back this week');
    expect(en('exports.summary.text', { text: 'acme' })).toBe('search “acme”');
  });
});
