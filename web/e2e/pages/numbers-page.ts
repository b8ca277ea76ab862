import type { Locator, Page } from '@playwright/test';
import { escapeRegExp } from '../support/helpers';

/** "Мои сделки": the numbers grid, its filters and the bar of the ticked rows. */
export class NumbersPage {
  constructor(readonly page: Page) {}

  grid(): Locator {
    return this.page.getByRole('grid');
  }

  rows(): Locator {
    return this.page.locator('.MuiDataGrid-row');
  }

  rowByPhone(phone: string): Locator {
    return this.rows().filter({ hasText: phone });
  }

  range(): Locator {
    return this.page.getByTestId('numbers-range');
  }

  async filterByProject(name: string): Promise<void> {
    const input = this.page.getByRole('combobox', { name: /Проект|Project/ });
    await input.click();
    await input.fill(name.slice(0, 12));
    await this.page.getByRole('option', { name: new RegExp(escapeRegExp(name)) }).click();
  }

  /** Ticks the checkbox of the row with this phone. */
  async tick(phone: string): Promise<void> {
    await this.rowByPhone(phone).getByRole('checkbox', { name: 'Выбрать строку' }).click();
  }

  bulkBar(): Locator {
    return this.page.getByRole('region', { name: 'Действия с отмеченными номерами' });
  }

  async bulkStatus(statusName: string): Promise<void> {
    await this.bulkBar().getByRole('button', { name: 'Сменить статус' }).click();
    await this.page.getByRole('menuitem', { name: statusName }).click();
  }

  /** Opens the status list of the row with this phone and picks a status. */
  async setStatus(phone: string, statusName: string): Promise<void> {
    await this.rowByPhone(phone).getByRole('combobox', { name: /Статус|Status/ }).click();
    await this.page.getByRole('option', { name: statusName }).click();
  }
}
