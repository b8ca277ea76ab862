import type { Locator, Page } from '@playwright/test';
import { escapeRegExp } from '../support/helpers';

/** "Добавить проект" and a project's card. */
export class ProjectDialog {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** A field by its label; a required field's label ends with an asterisk. */
  field(label: string): Locator {
    return this.dialog().getByLabel(new RegExp(`^${escapeRegExp(label)}(\\s*\\*)?$`));
  }

  async pickProvider(code: string): Promise<void> {
    await this.dialog().getByRole('combobox', { name: /Поставщики/ }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${escapeRegExp(code)}\\b`) }).click();
    await this.page.keyboard.press('Escape');
  }

  async pickGeo(search: string, name: string): Promise<void> {
    const input = this.dialog().getByRole('combobox', { name: /География/ });
    await input.click();
    await input.fill(search);
    await this.page.getByRole('option', { name: new RegExp(`^${escapeRegExp(name)}`) }).first().click();
    await this.page.keyboard.press('Escape');
  }

  /** Turns a weekday on (its full Russian name). */
  async toggleDay(day: string): Promise<void> {
    await this.dialog().getByRole('checkbox', { name: day, exact: true }).click();
  }

  async setHours(day: string, from: string, to: string): Promise<void> {
    await this.dialog().getByRole('button', { name: `Добавить интервал: ${day}` }).click();
    await this.dialog().getByLabel(`${day}, интервал 1: с`).fill(from);
    await this.dialog().getByLabel(`${day}, интервал 1: до`).fill(to);
  }

  async submit(label: string): Promise<void> {
    await this.dialog().getByRole('button', { name: label, exact: true }).click();
  }
}
