import type { Locator, Page } from '@playwright/test';

/** "Мои проекты". */
export class ProjectsPage {
  constructor(readonly page: Page) {}

  table(): Locator {
    return this.page.getByRole('table');
  }

  row(projectId: number): Locator {
    return this.page.getByTestId(`project-row-${projectId}`);
  }

  search(): Locator {
    return this.page.getByRole('searchbox', { name: /Поиск по проекту|Search projects/ });
  }
}

/** "Удалённые проекты". */
export class DeletedProjectsPage {
  constructor(readonly page: Page) {}

  row(projectId: number): Locator {
    return this.page.getByTestId(`deleted-row-${projectId}`);
  }
}
