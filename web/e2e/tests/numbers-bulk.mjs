// "Мои сделки": ticking rows, bulk status changes by ids and by the filter, the number card.

import { expect, eventually, gone, shot, textOf, visible } from '../lib/checks.mjs';
import { NumbersPage } from '../lib/pages.mjs';

async function countWithStatus(api, projectId, code) {
  const statuses = (await api.call('GET', '/api/v1/number_statuses')).data;
  const status = statuses.find((s) => s.code === code);
  const page = await api.call('GET', `/api/v1/phone_numbers?project_id=${projectId}&status_id=${status.id}&limit=500`);
  return page.data.length;
}

export async function numbersBulkTests({ test, page, baseUrl, api, data }) {
  const numbers = new NumbersPage(page);
  const project = data.bulkProject;

  await test('ticked numbers change status together', async () => {
    await page.goto(`${baseUrl}/numbers?project=${project.id}`);
    await eventually(async () => (await textOf(numbers.range())) === '1–50 из 60', 'the first page of the bulk project');
    await numbers.tick('+78125550059');
    await numbers.tick('+78125550058');
    await visible(numbers.bulkBar().getByText('Отмечено: 2'), 'the count of ticked rows');
    await numbers.bulkStatus('Не отвечает');
    const confirm = page.getByRole('dialog', { name: 'Изменить номера' });
    const text = await textOf(confirm.getByTestId('bulk-confirm-text'));
    expect(text.includes('Новый статус: «Не отвечает»') && text.includes('Номеров: 2 — отмеченные на этой странице.'), `the question (got "${text}")`);
    await shot(page, '20-bulk-confirm-ticked');
    await confirm.getByRole('button', { name: 'Изменить (2)' }).click();
    await visible(page.getByText('Изменено номеров: 2.'), 'the confirmation');
    await gone(numbers.bulkBar(), 'the bulk bar after the change');
    expect((await countWithStatus(api, project.id, 'no_answer')) === 2, 'two numbers have the new status');
    await visible(numbers.rowByPhone('+78125550059').getByText('Не отвечает'), 'the grid shows the new status');
  }, page);

  await test('all numbers matching the filter change status at once', async () => {
    await page.getByRole('checkbox', { name: 'Выбрать все строки' }).click();
    await visible(numbers.bulkBar().getByText('Отмечено: 50'), 'the whole page is ticked');
    await numbers.bulkBar().getByRole('button', { name: 'Отметить все по фильтру (60)' }).click();
    await visible(numbers.bulkBar().getByText('Отмечены все номера по фильтру: 60'), 'all matching are ticked');
    await shot(page, '21-bulk-all-matching');
    await numbers.bulkStatus('Перезвонить');
    const confirm = page.getByRole('dialog', { name: 'Изменить номера' });
    const text = await textOf(confirm.getByTestId('bulk-confirm-text'));
    expect(text.includes('Номеров: 60 — все, подходящие под текущий фильтр, на всех страницах.'), `the question (got "${text}")`);
    await shot(page, '22-bulk-confirm-filter');
    await confirm.getByRole('button', { name: 'Изменить (60)' }).click();
    await visible(page.getByText('Изменено номеров: 60.'), 'the confirmation');
    expect((await countWithStatus(api, project.id, 'callback')) === 60, 'all sixty have the new status');
    // The second page was never shown: it changed by the filter, not by ids.
    await page.getByRole('button', { name: 'Следующая страница' }).click();
    await eventually(async () => (await textOf(numbers.range())) === '51–60 из 60', 'the second page');
    await visible(numbers.rowByPhone('+78125550000').getByText('Перезвонить'), 'a number of the second page changed too');
  }, page);

  await test('a number card opens from its row', async () => {
    const phone = data.numbers[1].phone_number;
    await page.goto(`${baseUrl}/numbers?project=${data.project.id}`);
    await numbers.rowByPhone(phone).getByText('ООО Ромашка 2').click();
    const card = page.getByRole('dialog', { name: 'Карточка номера' });
    // The phone grouped for reading: +7 916 123-45-02.
    const grouped = `+7 ${phone.slice(2, 5)} ${phone.slice(5, 8)}-${phone.slice(8, 10)}-${phone.slice(10)}`;
    await visible(card.getByRole('heading', { name: grouped }), 'the phone in the card');
    const text = await textOf(card);
    expect(text.includes(data.project.name) && text.includes(data.provider.code), `the details (got "${text}")`);
    expect((await card.getByRole('textbox', { name: 'Эл. почта' }).inputValue()) === 'info2@romashka.ru', 'the e-mail, to edit');
    await visible(card.getByText('Звонков пока не было.'), 'the empty call history');
    await shot(page, '23-number-card');
    await card.getByRole('button', { name: 'Закрыть' }).click();
    await gone(card, 'the card');
  }, page);
}
