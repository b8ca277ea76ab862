// Back and forward through a keyset-paginated list (the server gives only a `next_cursor`).
//
// The URL holds the current page number and its cursor; this hook remembers the cursors of the
// pages before it, so "previous" knows where to go. Page n (1-based) starts at stack[n - 1];
// stack[0] is null (the first page needs no cursor). A page opened from a link or a reload
// without remembered history has unknown (undefined) cursors before it; "previous" then offers
// the first page. The stack is kept in sessionStorage (when a key is given) to survive reloads.

import { useEffect, useState } from 'react';

export type CursorStack = ReadonlyArray<string | null | undefined>;

export interface PageTarget {
  /** 1-based page number. */
  page: number;
  /** null for the first page. */
  cursor: string | null;
}

/** The stack after moving to `page` (1-based) that starts at `cursor`. */
export function reconcileStack(stack: CursorStack, page: number, cursor: string | null): CursorStack {
  if (page <= 1 || cursor === null) return [null];
  const index = page - 1;
  if (stack[index] === cursor) return stack.slice(0, index + 1);
  const before: Array<string | null | undefined> = stack.slice(0, index);
  while (before.length < index) before.push(undefined);
  before[0] = null;
  return [...before, cursor];
}

interface Stored {
  key: string;
  stack: Array<string | null>;
}

function load(storageKey: string | undefined, resetKey: string): CursorStack {
  if (!storageKey) return [null];
  try {
    const raw = window.sessionStorage.getItem(storageKey);
    if (!raw) return [null];
    const parsed = JSON.parse(raw) as Stored;
    if (parsed.key !== resetKey || !Array.isArray(parsed.stack)) return [null];
    // JSON has no undefined: unknown entries come back as null after index 0.
    return parsed.stack.map((c, i) => (i === 0 ? null : (c ?? undefined)));
  } catch {
    return [null];
  }
}

function save(storageKey: string | undefined, resetKey: string, stack: CursorStack): void {
  if (!storageKey) return;
  try {
    const stored: Stored = { key: resetKey, stack: stack.map((c) => c ?? null) };
    window.sessionStorage.setItem(storageKey, JSON.stringify(stored));
  } catch {
    // Storage full or disabled: history lasts for this page only.
  }
}

export interface UseCursorStackOptions {
  /** Changes whenever the filters, sort or page size change: the history starts again. */
  resetKey: string;
  /** The current page (1-based) and its cursor, from the URL. */
  page: number;
  cursor: string | null;
  /** sessionStorage key to keep the stack across reloads. */
  storageKey?: string;
}

export interface CursorStackApi {
  stack: CursorStack;
  /** 0-based index of the current page. */
  pageIndex: number;
  canGoBack: boolean;
  /** Where "previous" leads: the page before, or the first page when its cursor is unknown. */
  previous: () => PageTarget;
  next: (nextCursor: string) => PageTarget;
  first: () => PageTarget;
}

export function useCursorStack({ resetKey, page, cursor, storageKey }: UseCursorStackOptions): CursorStackApi {
  const safePage = cursor === null ? 1 : Math.max(1, Math.floor(page) || 1);
  const [state, setState] = useState(() => ({
    key: resetKey,
    page: safePage,
    cursor,
    stack: reconcileStack(load(storageKey, resetKey), safePage, cursor),
  }));

  let current = state;
  if (state.key !== resetKey || state.page !== safePage || state.cursor !== cursor) {
    const base: CursorStack = state.key === resetKey ? state.stack : [null];
    current = { key: resetKey, page: safePage, cursor, stack: reconcileStack(base, safePage, cursor) };
    setState(current);
  }

  useEffect(() => {
    save(storageKey, current.key, current.stack);
  }, [storageKey, current.key, current.stack]);

  const { stack } = current;
  return {
    stack,
    pageIndex: safePage - 1,
    canGoBack: safePage > 1,
    previous: () => {
      if (safePage <= 2) return { page: 1, cursor: null };
      const before = stack[safePage - 2];
      return before === undefined || before === null ? { page: 1, cursor: null } : { page: safePage - 1, cursor: before };
    },
    next: (nextCursor) => ({ page: safePage + 1, cursor: nextCursor }),
    first: () => ({ page: 1, cursor: null }),
  };
}
