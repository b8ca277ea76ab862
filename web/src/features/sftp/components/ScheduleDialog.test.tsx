import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, renderWithApp, type FakeRoute } from '@/testing/render';
import type { Schedule } from '../api/types';
import { ScheduleDialog } from './ScheduleDialog';
import { ADMIN, hostOf, invalid, scheduleOf } from './test-fixtures';

const NEXT = ['2026-03-03T03:30:00Z', '2026-03-04T03:30:00Z', '2026-03-05T03:30:00Z', '2026-03-06T03:30:00Z', '2026-03-09T03:30:00Z'];
const PROJECTS = {
  data: [{ id: 3, name: 'Кредитные карты', tag: 'cards' }],
  pagination: { total: 1, limit: 20, offset: 0, has_next: false },
};
const PROVIDERS = { data: [{ id: 9, code: 'B1', name: 'Поставщик B1', is_active: true }] };
const STATUSES = {
  data: [
    { id: 1, code: 'new', name_ru: 'Новый', name_en: 'New', color: '#9e9e9e', sort_order: 10, is_processed: false },
    { id: 4, code: 'callback', name_ru: 'Перезвонить', name_en: 'Call back', color: '#ff9800', sort_order: 20, is_processed: false },
  ],
};
const NOVOSIBIRSK = { id: 7, country: 'RU', region: 'NVS', city: null, name: 'Новосибирская область', name_en: 'Novosibirsk Oblast', timezone: 'Asia/Novosibirsk', is_active: true };
const GEO = { data: [NOVOSIBIRSK], pagination: { total: 1, limit: 50, offset: 0, has_next: false } };

function setup(schedule: Schedule | null, routes: FakeRoute[] = []) {
  const fake = fakeFetch([
    ...routes,
    { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: ADMIN },
    { method: 'GET', path: /\/api\/v1\/sftp\/configs$/, body: { data: [hostOf(1, { name: 'Партнёр 1' }), hostOf(2, { name: 'Партнёр 2' })] } },
    { method: 'GET', path: /\/api\/v1\/sftp\/cron\?/, body: { next: NEXT } },
    { method: 'GET', path: /\/api\/v1\/providers/, body: PROVIDERS },
    { method: 'GET', path: /\/api\/v1\/number_statuses/, body: STATUSES },
    { method: 'GET', path: /\/api\/v1\/geo\/7$/, body: NOVOSIBIRSK },
    { method: 'GET', path: /\/api\/v1\/geo(\?|$)/, body: GEO },
    { method: 'GET', path: /\/api\/v1\/projects\/3$/, body: { id: 3, name: 'Кредитные карты', tag: 'cards' } },
    { method: 'GET', path: /\/api\/v1\/projects\?/, body: PROJECTS },
  ]);
  vi.stubGlobal('fetch', fake.fn);
  const onSaved = vi.fn();
  const user = userEvent.setup();
  renderWithApp(<ScheduleDialog open schedule={schedule} onClose={() => undefined} onSaved={onSaved} />);
  const dialog = () => screen.getByRole('dialog');
  const fill = async (element: HTMLElement, text: string) => {
    await user.clear(element);
    await user.click(element);
    await user.paste(text);
  };
  return { fake, user, onSaved, dialog, fill, cronCalls: () => fake.calls.filter((c) => c.url.includes('/sftp/cron?')) };
}

afterEach(() => vi.unstubAllGlobals());

describe('the SFTP schedule dialog', { timeout: 20_000 }, () => {
  it('previews the next five runs of the expression being typed, asked once it stops changing', async () => {
    const { dialog, fill, cronCalls } = setup(null);
    // The default expression first: every day at 06:00 Moscow time.
    await waitFor(() => expect(within(dialog()).getAllByTestId('cron-next')).toHaveLength(5));
    expect(cronCalls()[0]!.url).toContain('expression=0+6+*+*+*&timezone=Europe%2FMoscow');
    expect(within(dialog()).getByTestId('cron-words').textContent).toBe('каждый день в 06:00');

    await fill(within(dialog()).getByRole('textbox', { name: 'Расписание (cron)' }), '30 6 * * 1-5');
    expect(within(dialog()).getByTestId('cron-words').textContent).toBe('по будням в 06:30');
    await waitFor(() => expect(cronCalls().at(-1)!.url).toContain('expression=30+6+*+*+1-5'));
    // Shown in the schedule's zone: 03:30 UTC is 06:30 in Moscow.
    expect(within(dialog()).getAllByTestId('cron-next')[0]!.textContent).toBe('вт, 03.03.2026, 06:30');
    // Pasting the whole expression asks once for it, not per key.
    expect(cronCalls()).toHaveLength(2);
  });

  it("shows the server's 422 about the expression under the field", async () => {
    const { dialog, fill } = setup(null, [
      {
        method: 'GET',
        path: /\/sftp\/cron\?expression=61/,
        ...invalid('cron', 'must be a cron expression of five fields (minute hour day month weekday) or @hourly, @daily, @weekly, @monthly, @yearly'),
      },
    ]);
    await fill(within(dialog()).getByRole('textbox', { name: 'Расписание (cron)' }), '61 * * * *');
    expect(
      await within(dialog()).findByText(
        'должно быть выражением cron из пяти полей (минуты часы день месяц день недели) или @hourly, @daily, @weekly, @monthly, @yearly',
      ),
    ).toBeTruthy();
    expect(within(dialog()).queryAllByTestId('cron-next')).toHaveLength(0);
  });

  it('makes an import schedule into the pool: the supplier is required there', async () => {
    const created = scheduleOf(7);
    const { user, dialog, fill, fake, onSaved } = setup(null, [{ method: 'POST', path: /\/sftp\/schedules$/, status: 201, body: created }]);
    await fill(within(dialog()).getByRole('textbox', { name: 'Название' }), 'B1 каждую ночь');
    await user.click(within(dialog()).getByRole('combobox', { name: 'Сервер' }));
    await user.click(await screen.findByRole('option', { name: /Партнёр 2/ }));
    await fill(within(dialog()).getByRole('textbox', { name: 'Файл или маска' }), 'in/B1_*.csv');
    await user.click(within(dialog()).getByRole('button', { name: 'В пул' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Создать' }));
    expect(await within(dialog()).findByText('Для пула выберите поставщика')).toBeTruthy();

    await user.click(within(dialog()).getByRole('combobox', { name: /Поставщик/ }));
    await user.click(await screen.findByRole('option', { name: /B1/ }));
    await user.click(within(dialog()).getByRole('checkbox', { name: /processed/ }));
    await user.click(within(dialog()).getByRole('button', { name: 'Создать' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created, true));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'B1 каждую ночь',
      config_id: 2,
      direction: 'import',
      cron: '0 6 * * *',
      timezone: 'Europe/Moscow',
      is_enabled: true,
      import: {
        remote_path: 'in/B1_*.csv',
        target: 'pool',
        project_id: null,
        provider_id: 9,
        geo_id: null,
        region: 'RU',
        columns: null,
        outside_geo: 'import',
        move_to_processed: true,
      },
    });
  });

  it('makes an export schedule with its file name following the format and a project filter', async () => {
    const { user, dialog, fill, fake } = setup(null, [{ method: 'POST', path: /\/sftp\/schedules$/, status: 201, body: scheduleOf(8) }]);
    await fill(within(dialog()).getByRole('textbox', { name: 'Название' }), 'Выгрузка');
    await user.click(within(dialog()).getByRole('combobox', { name: 'Сервер' }));
    await user.click(await screen.findByRole('option', { name: /Партнёр 1/ }));
    await user.click(within(dialog()).getByRole('button', { name: 'Экспорт' }));
    expect(within(dialog()).getByRole<HTMLInputElement>('textbox', { name: 'Имя файла' }).value).toBe('numbers_{yyyy-mm-dd}.csv');
    await user.click(within(dialog()).getByRole('combobox', { name: 'Формат' }));
    await user.click(await screen.findByRole('option', { name: 'Excel (XLSX)' }));
    expect(within(dialog()).getByRole<HTMLInputElement>('textbox', { name: 'Имя файла' }).value).toBe('numbers_{yyyy-mm-dd}.xlsx');
    await fill(within(dialog()).getByRole('textbox', { name: 'Папка на сервере' }), 'out');
    const picker = within(dialog()).getByRole('combobox', { name: 'Проект' });
    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: /Кредитные карты/ }));
    await user.click(within(dialog()).getByRole('button', { name: 'Создать' }));
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      direction: 'export',
      config_id: 1,
      export: { filters: { project_id: 3 }, format: 'xlsx', delimiter: ';', language: 'ru', remote_directory: 'out', filename_template: 'numbers_{yyyy-mm-dd}.xlsx' },
    });
  });

  it('keeps the direction when editing, and sends the import settings whole only when they changed', async () => {
    const schedule = scheduleOf(5, { import: { ...scheduleOf(5).import!, columns: ['phone', 'company'] } });
    const { user, dialog, fill, fake, onSaved } = setup(schedule, [
      { method: 'PATCH', path: /\/sftp\/schedules\/5$/, body: schedule },
    ]);
    expect(within(dialog()).getByRole<HTMLButtonElement>('button', { name: 'Экспорт' }).disabled).toBe(true);
    expect(within(dialog()).getByText('Направление не меняется: для другого создайте новое расписание')).toBeTruthy();
    await fill(within(dialog()).getByRole('textbox', { name: 'Название' }), 'Новое имя');
    await user.click(within(dialog()).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(fake.calls.filter((c) => c.method === 'PATCH')[0]!.body).toEqual({ name: 'Новое имя' });

    await fill(within(dialog()).getByRole('textbox', { name: 'Файл или маска' }), 'in/*.xlsx');
    await user.click(within(dialog()).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'PATCH')).toHaveLength(2));
    expect(fake.calls.filter((c) => c.method === 'PATCH')[1]!.body).toEqual({
      name: 'Новое имя',
      import: { ...schedule.import, remote_path: 'in/*.xlsx' },
    });
  });

  it("puts the server's issues of the import under their fields", async () => {
    const { user, dialog, fill } = setup(scheduleOf(6), [
      { method: 'PATCH', path: /\/sftp\/schedules\/6$/, ...invalid('import.remote_path', 'must be a path of up to 1000 characters') },
    ]);
    await fill(within(dialog()).getByRole('textbox', { name: 'Файл или маска' }), 'in/new/*.csv');
    await user.click(within(dialog()).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog()).findByText('должно быть путём не длиннее 1000 символов')).toBeTruthy();
  });
  it('takes the file\'s columns as given by hand: one of them must be the phone', async () => {
    const created = scheduleOf(9);
    const { user, dialog, fill, fake, onSaved } = setup(null, [{ method: 'POST', path: /\/sftp\/schedules$/, status: 201, body: created }]);
    await fill(within(dialog()).getByRole('textbox', { name: 'Название' }), 'Без заголовка');
    await user.click(within(dialog()).getByRole('combobox', { name: 'Сервер' }));
    await user.click(await screen.findByRole('option', { name: /Партнёр 1/ }));
    await fill(within(dialog()).getByRole('textbox', { name: 'Файл или маска' }), 'in/raw_*.csv');
    await user.click(within(dialog()).getByRole('button', { name: 'В пул' }));
    await user.click(within(dialog()).getByRole('combobox', { name: /Поставщик/ }));
    await user.click(await screen.findByRole('option', { name: /B1/ }));
    // The header row by default: no list of columns.
    expect(within(dialog()).getByRole<HTMLInputElement>('radio', { name: 'по строке заголовка' }).checked).toBe(true);
    expect(within(dialog()).queryByTestId('schedule-columns')).toBeNull();

    await user.click(within(dialog()).getByRole('radio', { name: 'задать вручную' }));
    const columns = () => within(within(dialog()).getByTestId('schedule-columns')).getAllByRole('combobox');
    expect(columns().map((c) => c.textContent)).toEqual(['Телефон']);
    // The only column cannot be removed.
    expect(within(dialog()).getByRole<HTMLButtonElement>('button', { name: 'Убрать колонку 1' }).disabled).toBe(true);
    await user.click(columns()[0]!);
    await user.click(await screen.findByRole('option', { name: 'Компания' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Добавить колонку' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Добавить колонку' }));
    expect(columns().map((c) => c.textContent)).toEqual(['Компания', 'Не загружать', 'Не загружать']);
    await user.click(within(dialog()).getByRole('button', { name: 'Создать' }));
    expect(await within(dialog()).findByText('Одна из колонок должна быть телефоном')).toBeTruthy();
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);

    await user.click(within(dialog()).getByRole('combobox', { name: /Колонка 3/ }));
    await user.click(await screen.findByRole('option', { name: 'Телефон' }));
    expect(within(dialog()).queryByText('Одна из колонок должна быть телефоном')).toBeNull();
    await user.click(within(dialog()).getByRole('button', { name: 'Убрать колонку 2' }));
    expect(columns().map((c) => c.textContent)).toEqual(['Компания', 'Телефон']);
    await user.click(within(dialog()).getByRole('button', { name: 'Создать' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created, true));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      direction: 'import',
      import: { remote_path: 'in/raw_*.csv', target: 'pool', provider_id: 9, columns: ['company', 'phone'] },
    });
  });

  it("shows a schedule's columns when editing it, the server's issue about them under the list, and goes back to the header", async () => {
    const schedule = scheduleOf(5, { import: { ...scheduleOf(5).import!, columns: ['ignore', 'phone', 'email'] } });
    const { user, dialog, fake, onSaved } = setup(schedule, [
      { method: 'PATCH', path: /\/sftp\/schedules\/5$/, ...invalid('import.columns', 'one column must be phone') },
    ]);
    expect(within(dialog()).getByRole<HTMLInputElement>('radio', { name: 'задать вручную' }).checked).toBe(true);
    const columns = () => within(within(dialog()).getByTestId('schedule-columns')).getAllByRole('combobox');
    expect(columns().map((c) => c.textContent)).toEqual(['Не загружать', 'Телефон', 'Эл. почта']);

    await user.click(within(dialog()).getByRole('button', { name: 'Добавить колонку' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    expect(fake.calls.find((c) => c.method === 'PATCH')!.body).toEqual({
      import: { ...schedule.import, columns: ['ignore', 'phone', 'email', 'ignore'] },
    });
    expect(await within(dialog()).findByText('один из столбцов должен быть phone')).toBeTruthy();

    await user.click(within(dialog()).getByRole('radio', { name: 'по строке заголовка' }));
    expect(within(dialog()).queryByTestId('schedule-columns')).toBeNull();
    expect(within(dialog()).queryByText('один из столбцов должен быть phone')).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('filters the numbers of an export by status, supplier and geo', async () => {
    const { user, dialog, fill, fake } = setup(null, [{ method: 'POST', path: /\/sftp\/schedules$/, status: 201, body: scheduleOf(8) }]);
    await fill(within(dialog()).getByRole('textbox', { name: 'Название' }), 'Перезвонить B1');
    await user.click(within(dialog()).getByRole('combobox', { name: 'Сервер' }));
    await user.click(await screen.findByRole('option', { name: /Партнёр 1/ }));
    await user.click(within(dialog()).getByRole('button', { name: 'Экспорт' }));
    await user.click(within(dialog()).getByRole('combobox', { name: /Статус/ }));
    await user.click(await screen.findByRole('option', { name: 'Перезвонить' }));
    await user.click(within(dialog()).getByRole('combobox', { name: /Поставщик/ }));
    await user.click(await screen.findByRole('option', { name: /B1/ }));
    await user.click(within(dialog()).getByRole('combobox', { name: 'География' }));
    await user.click(await screen.findByRole('option', { name: /Новосибирская область/ }));
    await user.click(within(dialog()).getByRole('button', { name: 'Создать' }));
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      direction: 'export',
      export: { filters: { status_id: 4, provider_id: 9, geo_id: 7 } },
    });
    expect((fake.calls.find((c) => c.method === 'POST')?.body as { export: { filters: object } }).export.filters).toEqual({ status_id: 4, provider_id: 9, geo_id: 7 });
  });

  it("shows an export schedule's filters when editing it, and keeps the ones the form does not show", async () => {
    const schedule = scheduleOf(4, {
      direction: 'export',
      import: null,
      export: {
        filters: { project_id: 3, status_id: 4, provider_id: 9, geo_id: 7, assigned_to: 'none' },
        format: 'csv',
        delimiter: ';',
        language: 'ru',
        remote_directory: 'out',
        filename_template: 'numbers_{yyyy-mm-dd}.csv',
      },
    });
    const { user, dialog, fake } = setup(schedule, [{ method: 'PATCH', path: /\/sftp\/schedules\/4$/, body: schedule }]);
    await waitFor(() => expect(within(dialog()).getByRole<HTMLInputElement>('combobox', { name: 'Проект' }).value).toBe('Кредитные карты'));
    expect(within(dialog()).getByRole('combobox', { name: /Статус/ }).textContent).toContain('Перезвонить');
    await waitFor(() => expect(within(dialog()).getByRole('combobox', { name: /Поставщик/ }).textContent).toContain('B1'));
    await waitFor(() => expect(within(dialog()).getByRole<HTMLInputElement>('combobox', { name: 'География' }).value).toBe('Новосибирская область'));

    await user.click(within(dialog()).getByRole('combobox', { name: /Статус/ }));
    await user.click(await screen.findByRole('option', { name: 'Все статусы' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(fake.calls.find((c) => c.method === 'PATCH')!.body).toEqual({
      export: { ...schedule.export, filters: { project_id: 3, provider_id: 9, geo_id: 7, assigned_to: 'none' } },
    });
  });
});
