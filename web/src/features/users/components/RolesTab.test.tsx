import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PermissionInfo, Role } from '@/lib/api-types';
import { fakeFetch, renderWithApp, type FakeRoute } from '@/testing/render';
import { UsersPage } from './UsersPage';

const administrator = { user: { id: 1, username: 'admin' }, role: 'administrator', permissions: ['all'] };

const catalog: PermissionInfo[] = [
  { code: 'projects.read', group: 'projects' },
  { code: 'projects.settings', group: 'projects' },
  { code: 'phone_numbers.read', group: 'numbers' },
  { code: 'phone_numbers.update', group: 'numbers' },
  { code: 'phone_numbers.reassign', group: 'numbers' },
  { code: 'users.read', group: 'administration' },
  { code: 'roles.manage', group: 'administration' },
];

const roles: Role[] = [
  { id: 1, name: 'administrator', description: 'Full access', permissions: ['all'], built_in: true, users: 1 },
  {
    id: 2,
    name: 'manager',
    description: 'Works the numbers of the projects they are a member of',
    permissions: ['projects.read', 'phone_numbers.read', 'phone_numbers.update'],
    built_in: true,
    users: 14,
  },
  { id: 5, name: 'старший менеджер', description: 'Ведёт команду', permissions: ['phone_numbers.reassign'], built_in: false, users: 2 },
];

const users = {
  data: [
    { id: 1, username: 'admin', email: null, role: 'administrator', status: 'active', last_login_at: null, created_at: '2026-11-01T10:00:00.000Z' },
    { id: 9, username: 'anna', email: null, role: 'старший менеджер', status: 'active', last_login_at: null, created_at: '2026-11-02T10:00:00.000Z' },
  ],
  pagination: { total: 2, limit: 50, offset: 0, has_next: false },
};

function setUp(extra: FakeRoute[] = [], me: unknown = administrator) {
  const fake = fakeFetch([
    ...extra,
    { method: 'GET', path: /\/api\/v1\/auth\/me$/, body: me },
    { method: 'GET', path: /\/api\/v1\/roles$/, body: { data: roles } },
    { method: 'GET', path: /\/api\/v1\/permissions$/, body: { data: catalog } },
    { method: 'GET', path: /\/api\/v1\/users\?/, body: users },
  ]);
  vi.stubGlobal('fetch', fake.fn);
  return fake;
}

describe('the roles tab', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the roles: built-in names translated, custom ones as named, and how many users hold each', async () => {
    setUp();
    renderWithApp(<UsersPage />, { route: '/users?tab=roles' });
    expect(await screen.findByRole('tab', { name: 'Роли', selected: true })).toBeTruthy();
    const manager = await screen.findByTestId('role-row-2');
    expect(manager.textContent).toContain('Менеджер');
    expect(manager.textContent).toContain('встроенная');
    expect(manager.textContent).toContain('Работает с номерами проектов, в которых участвует');
    expect(manager.textContent).toContain('3 права');
    expect(manager.textContent).toContain('14');
    const custom = screen.getByTestId('role-row-5');
    expect(custom.textContent).toContain('старший менеджер');
    expect(custom.textContent).toContain('1 право');
    expect(screen.getByTestId('role-row-1').textContent).toContain('Все права');
  });

  it('creates a role with the ticked permissions', async () => {
    const created: Role = { id: 6, name: 'старший менеджер 2', description: '', permissions: [], built_in: false, users: 0 };
    const fake = setUp([{ method: 'POST', path: /\/api\/v1\/roles$/, status: 201, body: created }]);
    const user = userEvent.setup();
    renderWithApp(<UsersPage />, { route: '/users?tab=roles' });
    await user.click(await screen.findByRole('button', { name: 'Добавить роль' }));
    const dialog = await screen.findByRole('dialog', { name: 'Новая роль' });
    await user.type(within(dialog).getByLabelText(/Название/), '  старший менеджер 2 ');
    await user.click(await within(dialog).findByRole('checkbox', { name: /Забирать номера, закреплённые за коллегами/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Менять, что получает проект: лимит, поставщиков, гео, расписание/ }));
    // A group's box ticks all of its permissions.
    await user.click(within(dialog).getByRole('checkbox', { name: 'Все права группы «Администрирование»' }));
    expect(within(dialog).getByTestId('permission-group-numbers').textContent).toContain('1 из 3');
    await user.click(within(dialog).getByRole('button', { name: 'Создать' }));

    await waitFor(() => expect(fake.calls.some((c) => c.method === 'POST')).toBe(true));
    const post = fake.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({
      name: 'старший менеджер 2',
      description: '',
      permissions: ['projects.settings', 'phone_numbers.reassign', 'users.read', 'roles.manage'],
    });
    expect(await screen.findByText('Роль «старший менеджер 2» сохранена')).toBeTruthy();
  });

  it('checks the name before sending', async () => {
    const fake = setUp();
    const user = userEvent.setup();
    renderWithApp(<UsersPage />, { route: '/users?tab=roles' });
    await user.click(await screen.findByRole('button', { name: 'Добавить роль' }));
    const dialog = await screen.findByRole('dialog', { name: 'Новая роль' });
    await within(dialog).findByTestId('permission-picker');
    await user.click(within(dialog).getByRole('button', { name: 'Создать' }));
    expect(await within(dialog).findByText('Заполните поле')).toBeTruthy();
    await user.type(within(dialog).getByLabelText(/Название/), 'x'.repeat(51));
    await user.click(within(dialog).getByRole('button', { name: 'Создать' }));
    expect(await within(dialog).findByText('От 1 до 50 знаков, без пробелов по краям')).toBeTruthy();
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it("shows the server's 409 when a role users hold is deleted", async () => {
    setUp([
      {
        method: 'DELETE',
        path: /\/api\/v1\/roles\/5$/,
        status: 409,
        body: {
          error: {
            code: 'CONFLICT',
            message: 'The role is held by 2 user(s): give them another role first',
            details: [{ field: 'role', issue: 'is held by users' }],
          },
        },
      },
    ]);
    const user = userEvent.setup();
    renderWithApp(<UsersPage />, { route: '/users?tab=roles' });
    await user.click(await screen.findByRole('button', { name: 'Удалить: старший менеджер' }));
    const dialog = await screen.findByRole('dialog', { name: 'Удалить роль' });
    expect(dialog.textContent).toContain('Удалить роль «старший менеджер»?');
    expect(dialog.textContent).toContain('Роль сейчас у пользователей (2)');
    await user.click(within(dialog).getByRole('button', { name: 'Удалить' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Роль назначена пользователям (2): сначала дайте им другую роль.');
    expect(screen.getByRole('dialog', { name: 'Удалить роль' })).toBeTruthy();
  });

  it('keeps the built-in administrator out of the editor; a built-in role keeps its name and cannot be deleted', async () => {
    const fake = setUp([{ method: 'PATCH', path: /\/api\/v1\/roles\/2$/, body: { ...roles[1], permissions: [...roles[1]!.permissions, 'phone_numbers.reassign'] } }]);
    const user = userEvent.setup();
    renderWithApp(<UsersPage />, { route: '/users?tab=roles' });
    const administratorRow = await screen.findByTestId('role-row-1');
    expect(within(administratorRow).queryByRole('button')).toBeNull();
    expect(within(administratorRow).getByTestId('role-locked')).toBeTruthy();

    const managerRow = screen.getByTestId('role-row-2');
    expect(within(managerRow).queryByRole('button', { name: 'Удалить: Менеджер' })).toBeNull();
    await user.click(within(managerRow).getByRole('button', { name: 'Изменить: Менеджер' }));
    const dialog = await screen.findByRole('dialog', { name: 'Роль «Менеджер»' });
    const name = within(dialog).getByLabelText(/Название/);
    expect(name.hasAttribute('disabled')).toBe(true);
    expect(dialog.textContent).toContain('Встроенная роль сохраняет своё название');
    expect((await within(dialog).findByRole<HTMLInputElement>('checkbox', { name: /Видеть номера своих проектов/ })).checked).toBe(true);
    await user.click(within(dialog).getByRole('checkbox', { name: /Забирать номера, закреплённые за коллегами/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(fake.calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      permissions: ['projects.read', 'phone_numbers.read', 'phone_numbers.update', 'phone_numbers.reassign'],
    });
  });

  it('is read-only without roles.manage', async () => {
    setUp([], { user: { id: 3, username: 'auditor' }, role: 'auditor', permissions: ['users.read', 'roles.read'] });
    renderWithApp(<UsersPage />, { route: '/users?tab=roles' });
    const row = await screen.findByTestId('role-row-5');
    expect(within(row).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Добавить роль' })).toBeNull();
  });

  it('has no roles tab without roles.read', async () => {
    setUp([], { user: { id: 3, username: 'hr' }, role: 'hr', permissions: ['users.read', 'users.manage'] });
    renderWithApp(<UsersPage />, { route: '/users?tab=roles' });
    expect(await screen.findByTestId('user-row-9')).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Роли' })).toBeNull();
  });

  it('offers custom roles in the user dialog, and shows them in the table as named', async () => {
    setUp();
    const user = userEvent.setup();
    renderWithApp(<UsersPage />, { route: '/users' });
    const row = await screen.findByTestId('user-row-9');
    expect(row.textContent).toContain('старший менеджер');
    expect(screen.getByTestId('user-row-1').textContent).toContain('Администратор');
    await user.click(screen.getByRole('button', { name: 'Добавить пользователя' }));
    const dialog = await screen.findByRole('dialog', { name: 'Новый пользователь' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Роль' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Администратор', 'Менеджер', 'старший менеджер']);
  });
});
