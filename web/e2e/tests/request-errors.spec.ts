// What a failed request shows: no connection, no permission, an unknown page.

import { expect, test } from '../fixtures';
import { shot } from '../support/helpers';

test('a failed request shows a message, not a blank page', async ({ adminPage: page }) => {
  await page.route('**/api/v1/projects?*', (route) => route.abort('connectionrefused'));
  await page.goto('/projects?state=active');
  await expect(page.getByRole('alert').filter({ hasText: 'Нет связи с сервером' }), 'the network message').toBeVisible();
  await expect(page.getByRole('button', { name: 'Повторить' }), 'a retry button').toBeVisible();
  await shot(page, '07-network-error');
  await page.unroute('**/api/v1/projects?*');
  await page.route('**/api/v1/projects?*', (route) =>
    route.fulfill({
      status: 403,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'FORBIDDEN', message: 'You do not have permission', details: [] } }),
    }),
  );
  await page.goto('/projects?state=paused');
  await expect(page.getByRole('alert').filter({ hasText: 'Недостаточно прав' }), 'the permission message').toBeVisible();
  await page.unroute('**/api/v1/projects?*');
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Страница не найдена' }), 'the not-found page').toBeVisible();
});
