// Conversion: the "Конверсия проектов" page shows a project's numbers for a range, another
// range shows none, and a status change made in the numbers grid moves the success column.

import { NumbersPage } from '../lib/pages.mjs';
import { eventually, expect, shot, textOf, visible } from '../lib/checks.mjs';

function day(offset) {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

export async function conversionTests({ test, page, baseUrl, api, data }) {
  const numbers = new NumbersPage(page);
  let project = null;
  const phones = ['+74957781001', '+74957781002', '+74957781003'];
  // Around today in any time zone: the server's business day is Moscow's.
  const around = `from=${day(-1)}&to=${day(1)}`;
  const before = `from=${day(-12)}&to=${day(-3)}`;

  const receivedCell = () => page.getByTestId(`conversion-row-${project.id}`).locator('td').nth(2);
  const successCell = () => page.getByTestId(`conversion-row-${project.id}`).locator('td').nth(5);

  await test('conversion: the page counts a project\'s numbers in the range, and none outside it', async () => {
    const provider = await api.call('POST', '/api/v1/providers', { code: `CONV${data.suffix}`, name: 'E2E conversion supplier' });
    const geo = (await api.call('GET', '/api/v1/geo?search=Москва')).data.find((g) => g.region === 'Москва' && !g.city);
    project = await api.call('POST', '/api/v1/projects', {
      name: `E2E Конверсия ${data.suffix}`,
      provider_ids: [provider.id],
      geo_ids: [geo.id],
    });
    for (const phone of phones)
      await api.call('POST', '/api/v1/phone_numbers', { phone_number: phone, project_id: project.id, provider_id: provider.id });

    await page.goto(`${baseUrl}/conversion?${around}`);
    await visible(page.getByTestId(`conversion-row-${project.id}`), 'the project\'s row');
    expect((await textOf(receivedCell())) === '3', `three received (got "${await textOf(receivedCell())}")`);
    expect((await textOf(successCell())).startsWith('0'), 'no success yet');
    await visible(page.getByTestId('conversion-totals'), 'the totals row');
    await shot(page, '40-conversion');

    await page.goto(`${baseUrl}/conversion?${before}`);
    await visible(page.getByTestId(`conversion-row-${project.id}`), 'the project\'s row in an earlier range');
    expect((await textOf(receivedCell())) === '0', 'nothing received in an earlier range');
  });

  await test('conversion: a status set in the numbers grid shows as a success', async () => {
    await page.goto(`${baseUrl}/numbers`);
    await numbers.filterByProject(project.name);
    await visible(numbers.rowByPhone(phones[0]), 'the number in the grid');
    await numbers.setStatus(phones[0], 'Успех');
    await visible(numbers.rowByPhone(phones[0]).getByText('Успех'), 'the grid shows the new status');

    await page.goto(`${baseUrl}/conversion?${around}`);
    await eventually(async () => /^1\s\(33,33\s%\)$/.test(await textOf(successCell())), 'one success of three, 33,33 %');
    await shot(page, '41-conversion-after-status');
  });
}
