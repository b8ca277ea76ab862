// "Мои сделки" as the administrator: the list and its project filter, a status changed in the
// grid, the status filter and the phone search, keyset pages.

import { expect, test } from '../fixtures';
import type { ListPage, PhoneNumber } from '../support/api';
import { AppShell, NumbersPage } from '../pages';
import { shot } from '../support/helpers';

// Serial: the first test sees the seeded numbers still "Новый", the second changes the first
// one's status, the third filters by that status.
test.describe.serial('the seeded project in the grid', () => {
  test('the numbers screen lists numbers and filters by project', async ({ adminPage: page, data }) => {
    const shell = new AppShell(page);
    const numbers = new NumbersPage(page);
    const firstPhone = data.numbers[0].phone_number;
    await page.goto('/projects');
    // The whole list, newest first: other tests add numbers at any time (two workers share the
    // server), so the newest is whatever the server sends now, not necessarily a seeded one.
    const listed = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/phone_numbers' && r.request().method() === 'GET');
    await shell.menuLink('Мои сделки').click();
    await page.waitForURL(/\/numbers/);
    await expect(shell.heading().filter({ hasText: 'Мои сделки' }), 'the numbers heading').toBeVisible();
    const newest = ((await (await listed).json()) as ListPage<PhoneNumber>).data[0];
    await expect(numbers.rows().first(), 'the newest number first').toContainText(newest.phone_number);
    await numbers.filterByProject(data.project.name);
    await page.waitForURL(new RegExp(`project=${data.project.id}`));
    await expect(numbers.rows(), 'only the project numbers').toHaveCount(data.numbers.length);
    await expect(numbers.range(), 'the range label').toHaveText(`1–${data.numbers.length} из ${data.numbers.length}`);
    const row = numbers.rowByPhone(firstPhone);
    await expect(row, 'the company').toContainText('ООО Ромашка 1');
    await expect(row, 'the site').toContainText('romashka1.ru');
    await expect(row, 'the status').toContainText('Новый');
    await shot(page, '03-numbers');
  });

  test('a status is changed in the grid', async ({ adminPage: page, api, data }) => {
    const numbers = new NumbersPage(page);
    const firstPhone = data.numbers[0].phone_number;
    await page.goto(`/numbers?project=${data.project.id}`);
    await numbers.setStatus(firstPhone, 'В работе');
    await expect(page.getByText('Статус изменён: В работе'), 'the confirmation').toBeVisible();
    await expect
      .poll(async () => (await api.call<PhoneNumber>('GET', `/api/v1/phone_numbers/${data.numbers[0].id}`)).status_code, {
        message: 'the server has the new status',
      })
      .toBe('in_progress');
    await expect(numbers.rowByPhone(firstPhone).getByText('В работе'), 'the row shows the new status').toBeVisible();
    await shot(page, '04-numbers-status-changed');
  });

  test('the status filter and the phone search reach the server', async ({ adminPage: page, data }) => {
    const numbers = new NumbersPage(page);
    await page.goto(`/numbers?project=${data.project.id}`);
    await expect(numbers.rows(), 'the project numbers').toHaveCount(data.numbers.length);
    await page.getByRole('combobox', { name: 'Статус' }).first().click();
    await page.getByRole('option', { name: 'В работе' }).click();
    await page.waitForURL(/status=\d+/);
    await expect(numbers.rows(), 'one number in progress').toHaveCount(1);
    await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await page.getByRole('searchbox', { name: 'Телефон' }).fill('234503');
    await page.waitForURL(/phone=234503/);
    await expect(numbers.rows(), 'one number matches 234503').toHaveCount(1);
    await expect(numbers.rowByPhone('+79161234503'), 'the matching number').toBeVisible();
  });
});

test('keyset pages go forward and back', async ({ adminPage: page, data }) => {
  const numbers = new NumbersPage(page);
  await page.goto(`/numbers?project=${data.pagingProject.id}`);
  await expect(numbers.range(), 'the first page range').toHaveText('1–50 из 55');
  await page.getByRole('button', { name: 'Следующая страница' }).click();
  await page.waitForURL(/page=2&cursor=/);
  await expect(numbers.range(), 'the second page range').toHaveText('51–55 из 55');
  await expect(numbers.rows(), 'five rows on the last page').toHaveCount(5);
  await expect(page.getByRole('button', { name: 'Следующая страница' }), 'no page after the last').toBeDisabled();
  await shot(page, '05-numbers-page-2');
  await page.reload();
  await expect(numbers.range(), 'the second page after a reload').toHaveText('51–55 из 55');
  await page.getByRole('button', { name: 'Предыдущая страница' }).click();
  await expect(numbers.range(), 'back on the first page').toHaveText('1–50 из 55');
  await expect(page, 'the first page has no cursor').not.toHaveURL(/cursor=/);
  await page.getByRole('combobox', { name: /Строк на странице/ }).click();
  await page.getByRole('option', { name: '100' }).click();
  await expect(numbers.range(), 'one page of 100').toHaveText('1–55 из 55');
});
