// Whether the router is on its way to another screen (loading its code or data). The router's
// own state reaches React inside a transition (RouterProvider's v7_startTransition), which
// keeps the previous screen painted, unchanged, until the next one is ready; this store is read
// with useSyncExternalStore, whose updates are never deferred, so a bar shows in the frame after
// the click.

import { useSyncExternalStore } from 'react';

let pending = false;
const listeners = new Set<() => void>();

export function setNavigationPending(value: boolean): void {
  if (value === pending) return;
  pending = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNavigationPending(): boolean {
  return useSyncExternalStore(subscribe, () => pending);
}
