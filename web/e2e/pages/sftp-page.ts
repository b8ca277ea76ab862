import type { Locator, Page } from '@playwright/test';

/** «SFTP»: the servers, the schedules and the runs log. */
export class SftpPage {
  constructor(readonly page: Page) {}

  tab(name: 'Серверы' | 'Расписания' | 'Журнал'): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** A server's row, found by its name (the id is the server's). */
  hostRow(name: string): Locator {
    return this.page.locator('[data-testid^="host-row-"]').filter({ hasText: name });
  }

  scheduleRow(name: string): Locator {
    return this.page.locator('[data-testid^="schedule-row-"]').filter({ hasText: name });
  }

  runRow(runId: number): Locator {
    return this.page.getByTestId(`sftp-run-row-${runId}`);
  }

  hostDialog(): Locator {
    return this.page.getByRole('dialog', { name: /SFTP-сервер|Сервер «/ });
  }

  testDialog(hostName: string): Locator {
    return this.page.getByRole('dialog', { name: `Подключение к «${hostName}»` });
  }

  scheduleDialog(): Locator {
    return this.page.getByRole('dialog', { name: /расписание|Расписание «/i });
  }

  runDialog(runId: number): Locator {
    return this.page.getByRole('dialog', { name: new RegExp(`^Запуск ${runId}\\b`) });
  }
}
