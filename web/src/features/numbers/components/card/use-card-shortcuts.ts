import { useEventCallback } from '@mui/material/utils';
import { useEffect } from 'react';

export interface CardShortcuts {
  /** Off while a dialog over the card is open. */
  enabled: boolean;
  statusCount: number;
  /** The n-th status (0-based) for the digit n + 1. */
  onStatus: (index: number) => void;
  onSave: () => void;
  onNext: () => void;
  onNote: () => void;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password', 'date', 'datetime-local', 'time']);

/** Typing in a field: its keys are the field's, not shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/** An open list or menu (a select's options) has its own keys. */
function inPopup(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="listbox"], [role="menu"], [role="option"], [role="menuitem"]') !== null;
}

/**
 * The card's keys: 1–9 set the n-th status and N opens the next number, C goes to the note
 * (all three outside text fields); Ctrl+Enter (⌘+Enter) saves from anywhere. Letters are read
 * by their key's place, so they work in the Russian layout too.
 */
export function useCardShortcuts(options: CardShortcuts) {
  const handle = useEventCallback((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      // Before the focused control sees it (a select would open its list on Enter).
      event.preventDefault();
      event.stopPropagation();
      options.onSave();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || inPopup(event.target)) return;
    if (/^[1-9]$/.test(event.key)) {
      const index = Number(event.key) - 1;
      if (index < options.statusCount) {
        event.preventDefault();
        options.onStatus(index);
      }
    } else if (event.code === 'KeyN' || /^[nNтТ]$/.test(event.key)) {
      event.preventDefault();
      options.onNext();
    } else if (event.code === 'KeyC' || /^[cCсС]$/.test(event.key)) {
      event.preventDefault();
      options.onNote();
    }
  });
  const { enabled } = options;
  useEffect(() => {
    if (!enabled) return undefined;
    // Capturing: the card's keys come before the focused control's.
    window.addEventListener('keydown', handle, true);
    return () => window.removeEventListener('keydown', handle, true);
  }, [enabled, handle]);
}
