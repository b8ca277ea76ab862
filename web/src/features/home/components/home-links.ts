// Where the home screen's figures lead: the numbers list filtered the way the numbers screen
// reads its URL (features/numbers/components/number-list-params.ts: ?assignee=<user id>&reminder=),
// an import's details on the imports screen (?import=), a project found on "Мои проекты" (?q=).

import { paths } from '@/config/paths';

export type CallbackWhen = 'overdue' | 'today';

/** The signed-in user's callbacks on "Мои сделки". */
export function callbacksHref(userId: number, when: CallbackWhen): string {
  const search = new URLSearchParams({ assignee: String(userId), reminder: when });
  return `${paths.numbers.href()}?${search.toString()}`;
}

/** The imports screen with one import's details open. */
export function importHref(importId: number): string {
  return `${paths.imports.href()}?${new URLSearchParams({ import: String(importId) }).toString()}`;
}

/** "Мои проекты" searching for the project by its name (the search also matches tags and ids). */
export function projectHref(name: string): string {
  return `${paths.projects.href()}?${new URLSearchParams({ q: name }).toString()}`;
}
