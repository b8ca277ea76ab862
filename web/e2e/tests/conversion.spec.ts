// Conversion: the "Конверсия проектов" page shows a project's numbers for a range, another
// range shows none, and a status change made in the numbers grid moves the success column.

import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import type { Geo, ListPage, Project, Provider } from '../support/api';
import { NumbersPage } from '../pages';
import { shot } from '../support/helpers';

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

const phones = ['+74957781001', '+74957781002', '+74957781003'];
// Around today in any time zone: the server's business day is Moscow's.
const around = `from=${day(-1)}&to=${day(1)}`;
const before = `from=${day(-12)}&to=${day(-3)}`;

const projectRow = (page: Page, project: Project) => page.getByTestId(`conversion-row-${project.id}`);
const receivedCell = (page: Page, project: Project) => projectRow(page, project).locator('td').nth(2);
const successCell = (page: Page, project: Project) => projectRow(page, project).locator('td').nth(5);

// Serial: the second test changes a status of the project the first seeds and counts.
test.describe.serial('conversion', () => {
  let project: Project;

  test("conversion: the page counts a project's numbers in the range, and none outside it", async ({ adminPage: page, api, data }) => {
    const provider = await api.call<Provider>('POST', '/api/v1/providers', { code: `CONV${data.suffix}`, name: 'E2E conversion supplier' });
    const geo = (await api.call<ListPage<Geo>>('GET', `/api/v1/geo?search=${encodeURIComponent('Москва')}`)).data.find((g) => g.region === 'Москва' && !g.city);
    if (!geo) throw new Error('no geo entry for the region of Moscow');
    project = await api.call<Project>('POST', '/api/v1/projects', {
      name: `E2E Конверсия ${data.suffix}`,
      provider_ids: [provider.id],
      geo_ids: [geo.id],
    });
    for (const phone of phones) await api.call('POST', '/api/v1/phone_numbers', { phone_number: phone, project_id: project.id, provider_id: provider.id });

    await page.goto(`/conversion?${around}`);
    await expect(projectRow(page, project), "the project's row").toBeVisible();
    await expect(receivedCell(page, project), 'three received').toHaveText('3');
    await expect(successCell(page, project), 'no success yet').toHaveText(/^0/);
    await expect(page.getByTestId('conversion-totals'), 'the totals row').toBeVisible();
    await shot(page, '40-conversion');

    await page.goto(`/conversion?${before}`);
    await expect(projectRow(page, project), "the project's row in an earlier range").toBeVisible();
    await expect(receivedCell(page, project), 'nothing received in an earlier range').toHaveText('0');
  });

  test('conversion: a status set in the numbers grid shows as a success', async ({ adminPage: page }) => {
    const numbers = new NumbersPage(page);
    await page.goto('/numbers');
    await numbers.filterByProject(project.name);
    await expect(numbers.rowByPhone(phones[0]), 'the number in the grid').toBeVisible();
    await numbers.setStatus(phones[0], 'Успех');
    await expect(numbers.rowByPhone(phones[0]).getByText('Успех'), 'the grid shows the new status').toBeVisible();

    await page.goto(`/conversion?${around}`);
    await expect(successCell(page, project), 'one success of three, 33,33 %').toHaveText(/^1\s\(33,33\s%\)$/);
    await shot(page, '41-conversion-after-status');
  });
});
