// The number card as the manager's workstation (issue 14), at 1366×768: "мои" numbers with
// callbacks "сегодня", a note, "завтра 10:00", a status by its digit, saved with Ctrl+Enter;
// "Следующий номер" three times by the keyboard without going back to the grid; the grid shows
// the notes; the assignee is chosen among the project's members only (the server's 422 is shown
// under the field when a non-member is forced on it).

import { expect, eventually, gone, hidden, shot, textOf, visible } from '../lib/checks.mjs';
import { AppShell, NumbersPage, SignInPage } from '../lib/pages.mjs';

/** The Moscow business day of a moment, as YYYY-MM-DD. */
function moscowDay(at) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(at);
}

/** Seeds, as the administrator: a project in Novosibirsk the manager works, his callbacks, a non-member. */
async function seedWorkstation(api, data) {
  const places = (await api.call('GET', `/api/v1/geo?search=${encodeURIComponent('Новосибирск')}&limit=20`)).data;
  const novosibirsk = places.find((g) => g.city === 'Новосибирск') ?? places.find((g) => g.timezone === 'Asia/Novosibirsk');
  if (!novosibirsk) throw new Error('no geo entry in Asia/Novosibirsk');
  const project = await api.call('POST', '/api/v1/projects', {
    name: `E2E Рабочее место ${data.suffix}`,
    provider_ids: [data.provider.id],
    geo_ids: [novosibirsk.id],
  });
  await api.call('POST', `/api/v1/projects/${project.id}/members`, { user_id: data.manager.id });
  const outsider = await api.call('POST', '/api/v1/users', {
    username: `outsider_${data.suffix}`,
    password: 'e2e-Outsider-password-1',
    role: 'manager',
  });

  const today = moscowDay(new Date());
  const number = (phone, extra) =>
    api.call('POST', '/api/v1/phone_numbers', {
      phone_number: phone,
      project_id: project.id,
      provider_id: data.provider.id,
      geo_id: novosibirsk.id,
      ...extra,
    });
  // Five callbacks of the manager due today (the oldest, last in the list, came with a comment
  // from its file) …
  for (let i = 1; i <= 5; i++) {
    await number(`+7913555010${i}`, {
      company: `ООО Перезвон ${i}`,
      assigned_to: data.manager.id,
      reminder_at: `${today}T12:0${i}:00+03:00`,
      ...(i === 1 ? { comment: 'Из файла: звонить после обеда' } : {}),
    });
  }
  // … and what the filters leave out: his callback of tomorrow, a colleague-less one of today.
  const tomorrow = new Date(Date.parse(`${today}T12:00:00+03:00`) + 86_400_000).toISOString();
  await number('+79135550201', { company: 'ООО Завтра', assigned_to: data.manager.id, reminder_at: tomorrow });
  await number('+79135550202', { company: 'ООО Ничей', reminder_at: `${today}T13:00:00+03:00` });

  // The list's order as the manager will see it (newest first).
  const list = await api.call('GET', `/api/v1/phone_numbers?project_id=${project.id}&assigned_to=${data.manager.id}&reminder=today`);
  return { project, outsider, numbers: list.data, today, place: novosibirsk.name };
}

export async function workstationTests({ test, page, baseUrl, api, data, managerPassword }) {
  const numbers = new NumbersPage(page);
  const card = () => page.getByRole('dialog', { name: /Карточка номера|Number card/ });
  const heading = () => card().getByTestId('card-phone');
  const grouped = (phone) => `+7 ${phone.slice(2, 5)} ${phone.slice(5, 8)}-${phone.slice(8, 10)}-${phone.slice(10)}`;
  const saved = () => card().getByRole('status').filter({ hasText: 'Сохранено' });
  let seeded = null;

  await test('workstation: a manager filters "мои" and callbacks "сегодня"', async () => {
    seeded = await seedWorkstation(api, data);
    expect(seeded.numbers.length === 5, `five callbacks today (got ${seeded.numbers.length})`);
    const signIn = new SignInPage(page);
    await signIn.open(baseUrl);
    await signIn.signIn(data.manager.username, managerPassword);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await new AppShell(page).menuLink('Мои сделки').click();
    await page.waitForURL(/\/numbers/);
    await page.getByRole('button', { name: 'Мои' }).click();
    await page.waitForURL(new RegExp(`assignee=${data.manager.id}`));
    await page.getByRole('button', { name: 'Сегодня' }).click();
    await page.waitForURL(/reminder=today/);
    await eventually(async () => (await numbers.rows().count()) === 5, 'the five callbacks of today');
    await hidden(numbers.rowByPhone('+79135550201'), "tomorrow's callback");
    await hidden(numbers.rowByPhone('+79135550202'), 'the unassigned callback');
    expect(
      (await numbers.rows().first().innerText()).includes(seeded.numbers[0].phone_number),
      'the newest callback first',
    );
    await shot(page, '80-workstation-filters');
  }, page);

  await test('workstation: the card takes a note, "завтра 10:00" and a status by its digit, saved with Ctrl+Enter', async () => {
    const first = seeded.numbers[0];
    await numbers.rowByPhone(first.phone_number).getByText(first.company).click();
    await visible(card(), 'the card');
    expect((await textOf(heading())) === grouped(first.phone_number), `the grouped phone (got "${await textOf(heading())}")`);
    await visible(card().getByRole('link', { name: 'Позвонить' }), 'the tel: link');
    expect((await card().getByRole('link', { name: 'Позвонить' }).getAttribute('href')) === `tel:${first.phone_number}`, 'tel: the number');
    const clock = await textOf(card().getByTestId('callee-clock'));
    expect(new RegExp(`^у абонента \\d\\d:\\d\\d, ${seeded.place}$`).test(clock), `the callee's time (got "${clock}")`);
    await visible(card().getByText('Заметок пока нет.'), 'no notes yet');
    await visible(card().getByText('Звонков пока не было.'), 'no calls yet');

    // C goes to the note, Esc leaves it; the digits set the status outside the fields.
    await page.keyboard.press('c');
    await page.keyboard.type('Дозвонился, просит перезвонить завтра утром');
    await page.keyboard.press('Escape');
    await visible(card(), 'Esc in the note leaves the field, not the card');
    await card().getByRole('button', { name: 'завтра 10:00' }).click();
    await page.keyboard.press('4');
    expect((await card().getByRole('radio', { name: 'Перезвонить' }).getAttribute('aria-checked')) === 'true', 'the 4th status');
    const times = await textOf(card().getByTestId('reminder-times'));
    expect(/^у вас .+, 10:00 · у абонента .+, 14:00$/.test(times), `the reminder in both times (got "${times}")`);
    await shot(page, '81-workstation-card');

    await page.keyboard.press('Control+Enter');
    await visible(saved(), 'the confirmation');
    const history = card().getByTestId('note-history');
    await visible(history.getByText('Дозвонился, просит перезвонить завтра утром'), 'the note in the history');
    await visible(history.getByText(new RegExp(`^${data.manager.username} · `)), 'its author');
    const server = await api.call('GET', `/api/v1/phone_numbers/${first.id}`);
    const tomorrow = moscowDay(new Date(Date.parse(`${seeded.today}T12:00:00+03:00`) + 86_400_000));
    expect(server.comment === 'Дозвонился, просит перезвонить завтра утром', 'the comment is the note');
    expect(server.status_code === 'callback', `the status (got ${server.status_code})`);
    expect(Date.parse(server.reminder_at) === Date.parse(`${tomorrow}T10:00:00+03:00`), `tomorrow 10:00 (got ${server.reminder_at})`);
    await shot(page, '82-workstation-saved');
  }, page);

  await test('workstation: "Следующий номер" three times by the keyboard, each note saved on the way', async () => {
    const expectCard = async (i) => {
      const expected = grouped(seeded.numbers[i].phone_number);
      await eventually(async () => (await textOf(heading())) === expected, `the next number ${expected}`);
    };
    /** A note (C to reach it, Esc to leave it) and the status "Не отвечает" (3), then the next number (N). */
    const workAndGoOn = async (i) => {
      await page.keyboard.press('c');
      await page.keyboard.type(`Заметка ${i}: не ответил`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('3');
      await page.keyboard.press('n');
    };
    await page.keyboard.press('n');
    await expectCard(1);
    await workAndGoOn(1);
    await expectCard(2);
    await workAndGoOn(2);
    await expectCard(3);
    await shot(page, '83-workstation-next');
    for (const i of [1, 2]) {
      const n = await api.call('GET', `/api/v1/phone_numbers/${seeded.numbers[i].id}`);
      expect(n.comment === `Заметка ${i}: не ответил` && n.status_code === 'no_answer', `number ${i + 1} saved on "next" (got ${n.comment}, ${n.status_code})`);
    }

    // The last of the list: its comment came with the number from its file.
    await workAndGoOn(3);
    await expectCard(4);
    await visible(card().getByTestId('note-history').getByText('Из файла: звонить после обеда'), 'the comment from the file');
    await visible(card().getByTestId('note-history').getByText(/^из файла · /), 'marked as from the file');
    const third = await api.call('GET', `/api/v1/phone_numbers/${seeded.numbers[3].id}`);
    expect(third.comment === 'Заметка 3: не ответил' && third.status_code === 'no_answer', 'the third note saved');
    await page.keyboard.press('n');
    await visible(card().getByText('Это последний номер списка: дальше номеров нет.'), 'the end of the list');
    await shot(page, '84-workstation-last');
    await page.keyboard.press('Escape');
    await gone(card(), 'the card');

    // The grid shows the notes: today's callbacks, then this week's (the first moved to tomorrow).
    for (let i = 1; i <= 3; i++) {
      await visible(numbers.rowByPhone(seeded.numbers[i].phone_number).getByText(`Заметка ${i}: не ответил`), `note ${i} in the grid`);
    }
    await eventually(async () => (await numbers.rowByPhone(seeded.numbers[0].phone_number).count()) === 0, 'the first callback, moved to tomorrow, leaves the list');
    await page.getByRole('button', { name: 'На неделе' }).click();
    await page.waitForURL(/reminder=week/);
    await visible(
      numbers.rowByPhone(seeded.numbers[0].phone_number).getByText('Дозвонился, просит перезвонить завтра утром'),
      'the first note in the grid',
    );
    await shot(page, '85-workstation-grid-notes');
  }, page);

  await test('workstation: only members are offered as the assignee; a forced non-member is refused under the field', async () => {
    const number = seeded.numbers[1];
    await numbers.rowByPhone(number.phone_number).getByText(number.company).click();
    await visible(card(), 'the card');
    const assignee = card().getByRole('combobox', { name: 'Ответственный' });
    await assignee.click();
    const options = await page.getByRole('listbox').getByRole('option').allInnerTexts();
    expect(
      JSON.stringify(options) === JSON.stringify(['Не закреплён', `${data.manager.username} (вы)`]),
      `only the members (got ${JSON.stringify(options)})`,
    );
    expect(!options.some((o) => o.includes(seeded.outsider.username)), 'no non-member');
    await page.getByRole('option', { name: 'Не закреплён' }).click();

    // Forced: the request names the non-member; the server refuses it.
    const pattern = `**/api/v1/phone_numbers/${number.id}`;
    await page.route(pattern, (route) => {
      const request = route.request();
      if (request.method() !== 'PATCH') return route.continue();
      return route.continue({ postData: JSON.stringify({ ...request.postDataJSON(), assigned_to: seeded.outsider.id }) });
    });
    await page.keyboard.press('Control+Enter');
    await visible(card().getByText('не участник проекта этого номера'), 'the 422 under the assignee');
    await visible(card().getByText('Не сохранено: исправьте отмеченные поля.'), 'not saved');
    await page.unroute(pattern);
    await shot(page, '86-workstation-assignee-refused');
    const server = await api.call('GET', `/api/v1/phone_numbers/${number.id}`);
    expect(server.assigned_to === data.manager.id, 'still the manager\'s');

    await card().getByRole('button', { name: 'Закрыть' }).click();
    await page.getByRole('dialog', { name: 'Несохранённые изменения' }).getByRole('button', { name: 'Закрыть без сохранения' }).click();
    await gone(card(), 'the card');
  }, page);

  await test('workstation: the card in English', async () => {
    const shell = new AppShell(page);
    await page.goto(`${baseUrl}/numbers?assignee=${data.manager.id}&reminder=week`);
    await shell.switchLanguage('en');
    const number = seeded.numbers[2];
    await numbers.rowByPhone(number.phone_number).getByText(number.company).click();
    await visible(card().getByRole('button', { name: 'Next number' }), 'the English card');
    await visible(card().getByText(/^callee's time \d\d:\d\d, Novosibirsk/), "the callee's time in English");
    await shot(page, '87-workstation-en');
    await page.keyboard.press('Escape');
    await gone(card(), 'the card');
    await shell.switchLanguage('ru');
  }, page);
}
