import type { Locator, Page } from '@playwright/test';

/** What every signed-in screen has: the menu, the heading, the top bar. */
export class AppShell {
  constructor(readonly page: Page) {}

  menu(): Locator {
    return this.page.getByRole('navigation');
  }

  menuLink(name: string): Locator {
    return this.menu().getByRole('link', { name });
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  currentUser(): Locator {
    return this.page.getByTestId('current-user');
  }

  currentRole(): Locator {
    return this.page.getByTestId('current-role');
  }

  async switchLanguage(code: 'ru' | 'en'): Promise<void> {
    await this.page.getByRole('button', { name: code === 'en' ? 'English' : 'Русский' }).click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: /Выйти|Sign out/ }).click();
  }
}
