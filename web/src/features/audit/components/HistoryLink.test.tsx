import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { HistoryLink } from './HistoryLink';

function signedInAs(permissions: string[]) {
  const fake = fakeFetch([
    { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: { user: { id: 1, username: 'u' }, role: 'x', permissions } },
  ]);
  vi.stubGlobal('fetch', fake.fn);
  return fake;
}

describe('HistoryLink', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("opens the audit log filtered to the object for those who may read it", async () => {
    signedInAs(['all']);
    renderWithApp(<HistoryLink entityType="phone_number" entityId={42} />);
    const link = await screen.findByRole('link', { name: 'История изменений' });
    expect(link.getAttribute('href')).toBe('/audit?entity_type=phone_number&entity_id=42');
  });

  it('is not there without audit.read', async () => {
    const fake = signedInAs(['phone_numbers.read']);
    renderWithApp(<HistoryLink entityType="project" entityId={7} />);
    await waitFor(() => expect(fake.calls.length).toBeGreaterThan(0));
    expect(screen.queryByRole('link', { name: 'История изменений' })).toBeNull();
  });
});
