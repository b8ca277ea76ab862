import type { Locator, Page } from '@playwright/test';

/** The sign-in screen. */
export class SignInPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/sign-in');
  }

  /** Labels of both languages, so a test can sign in whatever the remembered language. */
  username(): Locator {
    return this.page.getByLabel(/Имя пользователя|Username/);
  }

  password(): Locator {
    return this.page.getByLabel(/Пароль|Password/);
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.username().fill(username);
    await this.password().fill(password);
    await this.page.getByRole('button', { name: /^(Войти|Sign in)$/ }).click();
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }
}
