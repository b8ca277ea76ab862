import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderWithApp } from '@/testing/render';
import { ProjectsScreen } from './ProjectsScreen';

const manager = { user: { id: 2, username: 'manager_1' }, role: 'manager', permissions: ['projects.read', 'projects.update', 'conversion.read'] };

function setUp(me: unknown) {
  const fake = fakeFetch([
    { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: me },
    { method: 'GET', path: /\/api\/v1\/projects\?/, body: { data: [], pagination: { total: 0, limit: 50, offset: 0, has_next: false } } },
  ]);
  vi.stubGlobal('fetch', fake.fn);
}

describe('ProjectsScreen', () => {
  beforeEach(() => setUp(manager));
  afterEach(() => vi.unstubAllGlobals());

  it("leads to the projects' conversion with the green button, managers included", async () => {
    renderWithApp(<ProjectsScreen />, { route: '/projects' });
    const link = await screen.findByRole('link', { name: 'Конверсия проектов' });
    expect(link.getAttribute('href')).toBe('/conversion');
    expect(link.className).toContain('MuiButton-containedSuccess');
    expect(screen.queryByRole('button', { name: 'Добавить проект' })).toBeNull();
  });

  it('has no conversion button for a role without conversion.read', async () => {
    setUp({ ...manager, permissions: ['projects.read'] });
    renderWithApp(<ProjectsScreen />, { route: '/projects' });
    expect(await screen.findByText('Проектов не найдено. Измените условия поиска или фильтр состояния.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Конверсия проектов' })).toBeNull();
  });
});
