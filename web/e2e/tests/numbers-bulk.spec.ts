// "Мои сделки": ticking rows, bulk status changes by ids and by the filter, the number card.

import { expect, test } from '../fixtures';
import type { ListPage, PhoneNumber, SeedApi } from '../support/api';
import { NumbersPage } from '../pages';
import { groupedPhone, shot } from '../support/helpers';

async function countWithStatus(api: SeedApi, projectId: number, code: string): Promise<number> {
  const statuses = (await api.call<ListPage<{ id: number; code: string }>>('GET', '/api/v1/number_statuses')).data;
  const status = statuses.find((s) => s.code === code);
  if (!status) throw new Error(`no status ${code}`);
  const page = await api.call<ListPage<PhoneNumber>>('GET', `/api/v1/phone_numbers?project_id=${projectId}&status_id=${status.id}&limit=500`);
  return page.data.length;
}

// The two bulk changes work on the seeded project of sixty numbers, each from its first page; they
// do not depend on each other (two of sixty "Не отвечает"; then all sixty "Перезвонить").

test('ticked numbers change status together', async ({ adminPage: page, api, data }) => {
  const numbers = new NumbersPage(page);
  const project = data.bulkProject;
  await page.goto(`/numbers?project=${project.id}`);
  await expect(numbers.range(), 'the first page of the bulk project').toHaveText('1–50 из 60');
  await numbers.tick('+78125550059');
  await numbers.tick('+78125550058');
  await expect(numbers.bulkBar().getByText('Отмечено: 2'), 'the count of ticked rows').toBeVisible();
  await numbers.bulkStatus('Не отвечает');
  const confirm = page.getByRole('dialog', { name: 'Изменить номера' });
  const question = confirm.getByTestId('bulk-confirm-text');
  await expect(question, 'the question names the status').toContainText('Новый статус: «Не отвечает»');
  await expect(question, 'and what is changed').toContainText('Номеров: 2 — отмеченные на этой странице.');
  await shot(page, '20-bulk-confirm-ticked');
  await confirm.getByRole('button', { name: 'Изменить (2)' }).click();
  await expect(page.getByText('Изменено номеров: 2.'), 'the confirmation').toBeVisible();
  await expect(numbers.bulkBar(), 'the bulk bar after the change').toBeHidden();
  expect(await countWithStatus(api, project.id, 'no_answer'), 'two numbers have the new status').toBe(2);
  await expect(numbers.rowByPhone('+78125550059').getByText('Не отвечает'), 'the grid shows the new status').toBeVisible();
});

test('all numbers matching the filter change status at once', async ({ adminPage: page, api, data }) => {
  const numbers = new NumbersPage(page);
  const project = data.bulkProject;
  await page.goto(`/numbers?project=${project.id}`);
  await expect(numbers.range(), 'the first page of the bulk project').toHaveText('1–50 из 60');
  await page.getByRole('checkbox', { name: 'Выбрать все строки' }).click();
  await expect(numbers.bulkBar().getByText('Отмечено: 50'), 'the whole page is ticked').toBeVisible();
  await numbers.bulkBar().getByRole('button', { name: 'Отметить все по фильтру (60)' }).click();
  await expect(numbers.bulkBar().getByText('Отмечены все номера по фильтру: 60'), 'all matching are ticked').toBeVisible();
  await shot(page, '21-bulk-all-matching');
  await numbers.bulkStatus('Перезвонить');
  const confirm = page.getByRole('dialog', { name: 'Изменить номера' });
  await expect(confirm.getByTestId('bulk-confirm-text'), 'the question').toContainText('Номеров: 60 — все, подходящие под текущий фильтр, на всех страницах.');
  await shot(page, '22-bulk-confirm-filter');
  await confirm.getByRole('button', { name: 'Изменить (60)' }).click();
  await expect(page.getByText('Изменено номеров: 60.'), 'the confirmation').toBeVisible();
  expect(await countWithStatus(api, project.id, 'callback'), 'all sixty have the new status').toBe(60);
  // The second page was never shown: it changed by the filter, not by ids.
  await page.getByRole('button', { name: 'Следующая страница' }).click();
  await expect(numbers.range(), 'the second page').toHaveText('51–60 из 60');
  await expect(numbers.rowByPhone('+78125550000').getByText('Перезвонить'), 'a number of the second page changed too').toBeVisible();
});

test('a number card opens from its row', async ({ adminPage: page, data }) => {
  const numbers = new NumbersPage(page);
  const phone = data.numbers[1].phone_number;
  await page.goto(`/numbers?project=${data.project.id}`);
  await numbers.rowByPhone(phone).getByText('ООО Ромашка 2').click();
  const card = page.getByRole('dialog', { name: 'Карточка номера' });
  // The phone grouped for reading: +7 916 123-45-02.
  await expect(card.getByRole('heading', { name: groupedPhone(phone) }), 'the phone in the card').toBeVisible();
  await expect(card, 'the project in the card').toContainText(data.project.name);
  await expect(card, 'the supplier in the card').toContainText(data.provider.code);
  await expect(card.getByRole('textbox', { name: 'Эл. почта' }), 'the e-mail, to edit').toHaveValue('info2@romashka.ru');
  await expect(card.getByText('Звонков пока не было.'), 'the empty call history').toBeVisible();
  await shot(page, '23-number-card');
  await card.getByRole('button', { name: 'Закрыть' }).click();
  await expect(card, 'the card').toBeHidden();
});
