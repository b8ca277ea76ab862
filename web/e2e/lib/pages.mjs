// Page objects: what a person does on each screen, by role and label.

export class SignInPage {
  constructor(page) {
    this.page = page;
  }

  async open(baseUrl) {
    await this.page.goto(`${baseUrl}/sign-in`);
  }

  /** Labels of both languages, so a test can sign in whatever the remembered language. */
  username() {
    return this.page.getByLabel(/Имя пользователя|Username/);
  }

  password() {
    return this.page.getByLabel(/Пароль|Password/);
  }

  async signIn(username, password) {
    await this.username().fill(username);
    await this.password().fill(password);
    await this.page.getByRole('button', { name: /^(Войти|Sign in)$/ }).click();
  }

  alert() {
    return this.page.getByRole('alert');
  }
}

export class AppShell {
  constructor(page) {
    this.page = page;
  }

  menu() {
    return this.page.getByRole('navigation');
  }

  menuLink(name) {
    return this.menu().getByRole('link', { name });
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  currentUser() {
    return this.page.getByTestId('current-user');
  }

  currentRole() {
    return this.page.getByTestId('current-role');
  }

  async switchLanguage(code) {
    await this.page.getByRole('button', { name: code === 'en' ? 'English' : 'Русский' }).click();
  }

  async signOut() {
    await this.page.getByRole('button', { name: /Выйти|Sign out/ }).click();
  }
}

export class ProjectsPage {
  constructor(page) {
    this.page = page;
  }

  table() {
    return this.page.getByRole('table');
  }

  row(projectId) {
    return this.page.getByTestId(`project-row-${projectId}`);
  }

  search() {
    return this.page.getByRole('searchbox', { name: /Поиск по проекту|Search projects/ });
  }
}

export class NumbersPage {
  constructor(page) {
    this.page = page;
  }

  grid() {
    return this.page.getByRole('grid');
  }

  rows() {
    return this.page.locator('.MuiDataGrid-row');
  }

  rowByPhone(phone) {
    return this.rows().filter({ hasText: phone });
  }

  range() {
    return this.page.getByTestId('numbers-range');
  }

  async filterByProject(name) {
    const input = this.page.getByRole('combobox', { name: /Проект|Project/ });
    await input.click();
    await input.fill(name.slice(0, 12));
    await this.page.getByRole('option', { name: new RegExp(escapeRegExp(name)) }).click();
  }

  /** Ticks the checkbox of the row with this phone. */
  async tick(phone) {
    await this.rowByPhone(phone).getByRole('checkbox', { name: 'Выбрать строку' }).click();
  }

  bulkBar() {
    return this.page.getByRole('region', { name: 'Действия с отмеченными номерами' });
  }

  async bulkStatus(statusName) {
    await this.bulkBar().getByRole('button', { name: 'Сменить статус' }).click();
    await this.page.getByRole('menuitem', { name: statusName }).click();
  }

  /** Opens the status list of the row with this phone and picks a status. */
  async setStatus(phone, statusName) {
    await this.rowByPhone(phone).getByRole('combobox', { name: /Статус|Status/ }).click();
    await this.page.getByRole('option', { name: statusName }).click();
  }
}

/** "Добавить проект" and a project's card. */
export class ProjectDialog {
  constructor(page) {
    this.page = page;
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  /** A field by its label; a required field's label ends with an asterisk. */
  field(label) {
    return this.dialog().getByLabel(new RegExp(`^${escapeRegExp(label)}(\\s*\\*)?$`));
  }

  async pickProvider(code) {
    await this.dialog().getByRole('combobox', { name: /Поставщики/ }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${escapeRegExp(code)}\\b`) }).click();
    await this.page.keyboard.press('Escape');
  }

  async pickGeo(search, name) {
    const input = this.dialog().getByRole('combobox', { name: /География/ });
    await input.click();
    await input.fill(search);
    await this.page.getByRole('option', { name: new RegExp(`^${escapeRegExp(name)}`) }).first().click();
    await this.page.keyboard.press('Escape');
  }

  /** Turns a weekday on (its full Russian name). */
  async toggleDay(day) {
    await this.dialog().getByRole('checkbox', { name: day, exact: true }).click();
  }

  async setHours(day, from, to) {
    await this.dialog().getByRole('button', { name: `Добавить интервал: ${day}` }).click();
    await this.dialog().getByLabel(`${day}, интервал 1: с`).fill(from);
    await this.dialog().getByLabel(`${day}, интервал 1: до`).fill(to);
  }

  async submit(label) {
    await this.dialog().getByRole('button', { name: label, exact: true }).click();
  }
}

export class DeletedProjectsPage {
  constructor(page) {
    this.page = page;
  }

  row(projectId) {
    return this.page.getByTestId(`deleted-row-${projectId}`);
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
