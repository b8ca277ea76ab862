// The number card as the manager's workstation (issue 14), at 1366×768: "мои" numbers with
// callbacks "сегодня", a note, "завтра 10:00", a status by its digit, saved with Ctrl+Enter;
// "Следующий номер" three times by the keyboard without going back to the grid; the grid shows
// the notes; the assignee is chosen among the project's members only (the server's 422 is shown
// under the field when a non-member is forced on it).

import type { Page } from '@playwright/test';
import { expect, test, watchPageErrors } from '../fixtures';
import type { Geo, ListPage, PhoneNumber, Project, SeedApi, SeedData, User } from '../support/api';
import { AppShell, NumbersPage, SignInPage } from '../pages';
import { groupedPhone, shot } from '../support/helpers';

/** The Moscow business day of a moment, as YYYY-MM-DD. */
function moscowDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(at);
}

interface Workstation {
  project: Project;
  outsider: User;
  /** The manager's callbacks of today, newest first (the list's order). */
  numbers: PhoneNumber[];
  today: string;
  place: string;
}

/** Seeds, as the administrator: a project in Novosibirsk the manager works, his callbacks, a non-member. */
async function seedWorkstation(api: SeedApi, data: SeedData): Promise<Workstation> {
  const places = (await api.call<ListPage<Geo>>('GET', `/api/v1/geo?search=${encodeURIComponent('Новосибирск')}&limit=20`)).data;
  const novosibirsk = places.find((g) => g.city === 'Новосибирск') ?? places.find((g) => g.timezone === 'Asia/Novosibirsk');
  if (!novosibirsk) throw new Error('no geo entry in Asia/Novosibirsk');
  const project = await api.call<Project>('POST', '/api/v1/projects', {
    name: `E2E Рабочее место ${data.suffix}`,
    provider_ids: [data.provider.id],
    geo_ids: [novosibirsk.id],
  });
  await api.call('POST', `/api/v1/projects/${project.id}/members`, { user_id: data.manager.id });
  const outsider = await api.call<User>('POST', '/api/v1/users', {
    username: `outsider_${data.suffix}`,
    password: 'e2e-Outsider-password-1',
    role: 'manager',
  });

  const today = moscowDay(new Date());
  const number = (phone: string, extra: Record<string, unknown>) =>
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
  const list = await api.call<ListPage<PhoneNumber>>('GET', `/api/v1/phone_numbers?project_id=${project.id}&assigned_to=${data.manager.id}&reminder=today`);
  return { project, outsider, numbers: list.data, today, place: novosibirsk.name };
}

// Serial, on one page: a manager's working session. The first test signs in and filters the grid,
// the second opens the first callback from it, the third goes on from that card by the keyboard,
// the fourth opens a card from the grid the third left; each expects what the previous saved.
test.describe.serial('the workstation', () => {
  let page: Page;
  let errors: { assertNone(): void };
  let seeded: Workstation;
  const card = () => page.getByRole('dialog', { name: /Карточка номера|Number card/ });
  const heading = () => card().getByTestId('card-phone');
  const saved = () => card().getByRole('status').filter({ hasText: 'Сохранено' });

  test.beforeAll(async ({ browser, api, data }) => {
    seeded = await seedWorkstation(api, data);
    page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    errors = watchPageErrors(page);
  });

  test.afterEach(() => errors.assertNone());

  test.afterAll(async () => {
    await page.context().close();
  });

  test('workstation: a manager filters "мои" and callbacks "сегодня"', async ({ server, data }) => {
    const numbers = new NumbersPage(page);
    expect(seeded.numbers.length, 'five callbacks today').toBe(5);
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(data.manager.username, server.managerPassword);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await new AppShell(page).menuLink('Мои сделки').click();
    await page.waitForURL(/\/numbers/);
    await page.getByRole('button', { name: 'Мои' }).click();
    await page.waitForURL(new RegExp(`assignee=${data.manager.id}`));
    await page.getByRole('button', { name: 'Сегодня' }).click();
    await page.waitForURL(/reminder=today/);
    await expect(numbers.rows(), 'the five callbacks of today').toHaveCount(5);
    await expect(numbers.rowByPhone('+79135550201'), "tomorrow's callback").toBeHidden();
    await expect(numbers.rowByPhone('+79135550202'), 'the unassigned callback').toBeHidden();
    await expect(numbers.rows().first(), 'the newest callback first').toContainText(seeded.numbers[0].phone_number);
    await shot(page, '80-workstation-filters');
  });

  test('workstation: the card takes a note, "завтра 10:00" and a status by its digit, saved with Ctrl+Enter', async ({ api, data }) => {
    const numbers = new NumbersPage(page);
    const first = seeded.numbers[0];
    await numbers.rowByPhone(first.phone_number).getByText(first.company ?? '').click();
    await expect(card(), 'the card').toBeVisible();
    await expect(heading(), 'the grouped phone').toHaveText(groupedPhone(first.phone_number));
    await expect(card().getByRole('link', { name: 'Позвонить' }), 'the tel: link').toBeVisible();
    await expect(card().getByRole('link', { name: 'Позвонить' }), 'tel: the number').toHaveAttribute('href', `tel:${first.phone_number}`);
    await expect(card().getByTestId('callee-clock'), "the callee's time").toHaveText(new RegExp(`^у абонента \\d\\d:\\d\\d, ${seeded.place}$`));
    await expect(card().getByText('Заметок пока нет.'), 'no notes yet').toBeVisible();
    await expect(card().getByText('Звонков пока не было.'), 'no calls yet').toBeVisible();

    // C goes to the note, Esc leaves it; the digits set the status outside the fields.
    await page.keyboard.press('c');
    await page.keyboard.type('Дозвонился, просит перезвонить завтра утром');
    await page.keyboard.press('Escape');
    await expect(card(), 'Esc in the note leaves the field, not the card').toBeVisible();
    await card().getByRole('button', { name: 'завтра 10:00' }).click();
    await page.keyboard.press('4');
    await expect(card().getByRole('radio', { name: 'Перезвонить' }), 'the 4th status').toHaveAttribute('aria-checked', 'true');
    await expect(card().getByTestId('reminder-times'), 'the reminder in both times').toHaveText(/^у вас .+, 10:00 · у абонента .+, 14:00$/);
    await shot(page, '81-workstation-card');

    await page.keyboard.press('Control+Enter');
    await expect(saved(), 'the confirmation').toBeVisible();
    const history = card().getByTestId('note-history');
    await expect(history.getByText('Дозвонился, просит перезвонить завтра утром'), 'the note in the history').toBeVisible();
    await expect(history.getByText(new RegExp(`^${data.manager.username} · `)), 'its author').toBeVisible();
    const server = await api.call<PhoneNumber>('GET', `/api/v1/phone_numbers/${first.id}`);
    const tomorrow = moscowDay(new Date(Date.parse(`${seeded.today}T12:00:00+03:00`) + 86_400_000));
    expect(server.comment, 'the comment is the note').toBe('Дозвонился, просит перезвонить завтра утром');
    expect(server.status_code, 'the status').toBe('callback');
    expect(Date.parse(server.reminder_at ?? ''), `tomorrow 10:00 (got ${server.reminder_at})`).toBe(Date.parse(`${tomorrow}T10:00:00+03:00`));
    await shot(page, '82-workstation-saved');
  });

  test('workstation: "Следующий номер" three times by the keyboard, each note saved on the way', async ({ api }) => {
    const numbers = new NumbersPage(page);
    const expectCard = async (i: number) => {
      await expect(heading(), `the next number ${groupedPhone(seeded.numbers[i].phone_number)}`).toHaveText(groupedPhone(seeded.numbers[i].phone_number));
    };
    /** A note (C to reach it, Esc to leave it) and the status "Не отвечает" (3), then the next number (N). */
    const workAndGoOn = async (i: number) => {
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
      const n = await api.call<PhoneNumber>('GET', `/api/v1/phone_numbers/${seeded.numbers[i].id}`);
      expect({ comment: n.comment, status: n.status_code }, `number ${i + 1} saved on "next"`).toEqual({ comment: `Заметка ${i}: не ответил`, status: 'no_answer' });
    }

    // The last of the list: its comment came with the number from its file.
    await workAndGoOn(3);
    await expectCard(4);
    await expect(card().getByTestId('note-history').getByText('Из файла: звонить после обеда'), 'the comment from the file').toBeVisible();
    await expect(card().getByTestId('note-history').getByText(/^из файла · /), 'marked as from the file').toBeVisible();
    const third = await api.call<PhoneNumber>('GET', `/api/v1/phone_numbers/${seeded.numbers[3].id}`);
    expect({ comment: third.comment, status: third.status_code }, 'the third note saved').toEqual({ comment: 'Заметка 3: не ответил', status: 'no_answer' });
    await page.keyboard.press('n');
    await expect(card().getByText('Это последний номер списка: дальше номеров нет.'), 'the end of the list').toBeVisible();
    await shot(page, '84-workstation-last');
    await page.keyboard.press('Escape');
    await expect(card(), 'the card').toBeHidden();

    // The grid shows the notes: today's callbacks, then this week's (the first moved to tomorrow).
    for (let i = 1; i <= 3; i++) {
      await expect(numbers.rowByPhone(seeded.numbers[i].phone_number).getByText(`Заметка ${i}: не ответил`), `note ${i} in the grid`).toBeVisible();
    }
    await expect(numbers.rowByPhone(seeded.numbers[0].phone_number), 'the first callback, moved to tomorrow, leaves the list').toHaveCount(0);
    await page.getByRole('button', { name: 'На неделе' }).click();
    await page.waitForURL(/reminder=week/);
    await expect(
      numbers.rowByPhone(seeded.numbers[0].phone_number).getByText('Дозвонился, просит перезвонить завтра утром'),
      'the first note in the grid',
    ).toBeVisible();
    await shot(page, '85-workstation-grid-notes');
  });

  test('workstation: only members are offered as the assignee; a forced non-member is refused under the field', async ({ api, data }) => {
    const numbers = new NumbersPage(page);
    const number = seeded.numbers[1];
    await numbers.rowByPhone(number.phone_number).getByText(number.company ?? '').click();
    await expect(card(), 'the card').toBeVisible();
    const assignee = card().getByRole('combobox', { name: 'Ответственный' });
    await assignee.click();
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options, 'only the members').toHaveText(['Не закреплён', `${data.manager.username} (вы)`]);
    await expect(options.filter({ hasText: seeded.outsider.username }), 'no non-member').toHaveCount(0);
    await page.getByRole('option', { name: 'Не закреплён' }).click();

    // Forced: the request names the non-member; the server refuses it.
    const pattern = `**/api/v1/phone_numbers/${number.id}`;
    await page.route(pattern, (route) => {
      const request = route.request();
      if (request.method() !== 'PATCH') return route.continue();
      return route.continue({ postData: JSON.stringify({ ...(request.postDataJSON() as Record<string, unknown>), assigned_to: seeded.outsider.id }) });
    });
    await page.keyboard.press('Control+Enter');
    await expect(card().getByText('не участник проекта этого номера'), 'the 422 under the assignee').toBeVisible();
    await expect(card().getByText('Не сохранено: исправьте отмеченные поля.'), 'not saved').toBeVisible();
    await page.unroute(pattern);
    await shot(page, '86-workstation-assignee-refused');
    const server = await api.call<PhoneNumber>('GET', `/api/v1/phone_numbers/${number.id}`);
    expect(server.assigned_to, "still the manager's").toBe(data.manager.id);

    await card().getByRole('button', { name: 'Закрыть' }).click();
    await page.getByRole('dialog', { name: 'Несохранённые изменения' }).getByRole('button', { name: 'Закрыть без сохранения' }).click();
    await expect(card(), 'the card').toBeHidden();
  });

  test('workstation: the card in English', async ({ data }) => {
    const numbers = new NumbersPage(page);
    const shell = new AppShell(page);
    await page.goto(`/numbers?assignee=${data.manager.id}&reminder=week`);
    await shell.switchLanguage('en');
    const number = seeded.numbers[2];
    await numbers.rowByPhone(number.phone_number).getByText(number.company ?? '').click();
    await expect(card().getByRole('button', { name: 'Next number' }), 'the English card').toBeVisible();
    await expect(card().getByText(/^callee's time \d\d:\d\d, Novosibirsk/), "the callee's time in English").toBeVisible();
    await shot(page, '87-workstation-en');
    await page.keyboard.press('Escape');
    await expect(card(), 'the card').toBeHidden();
    await shell.switchLanguage('ru');
  });
});
