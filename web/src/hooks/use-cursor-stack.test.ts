import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reconcileStack, useCursorStack, type UseCursorStackOptions } from './use-cursor-stack';

describe('reconcileStack', () => {
  it('pushes going forward and pops going back', () => {
    let stack = reconcileStack([null], 2, 'c2');
    expect(stack).toEqual([null, 'c2']);
    stack = reconcileStack(stack, 3, 'c3');
    expect(stack).toEqual([null, 'c2', 'c3']);
    stack = reconcileStack(stack, 2, 'c2');
    expect(stack).toEqual([null, 'c2']);
    expect(reconcileStack(stack, 1, null)).toEqual([null]);
  });

  it('marks pages before a page opened from a link as unknown', () => {
    expect(reconcileStack([null], 4, 'c4')).toEqual([null, undefined, undefined, 'c4']);
  });
});

describe('useCursorStack', () => {
  function render(initial: UseCursorStackOptions) {
    return renderHook((props: UseCursorStackOptions) => useCursorStack(props), { initialProps: initial });
  }

  it('walks forward and back through the pages', () => {
    const hook = render({ resetKey: 'k', page: 1, cursor: null });
    expect(hook.result.current.pageIndex).toBe(0);
    expect(hook.result.current.canGoBack).toBe(false);

    const to2 = hook.result.current.next('c2');
    expect(to2).toEqual({ page: 2, cursor: 'c2' });
    hook.rerender({ resetKey: 'k', ...to2 });
    const to3 = hook.result.current.next('c3');
    hook.rerender({ resetKey: 'k', ...to3 });
    expect(hook.result.current.pageIndex).toBe(2);
    expect(hook.result.current.stack).toEqual([null, 'c2', 'c3']);
    expect(hook.result.current.canGoBack).toBe(true);

    const back = hook.result.current.previous();
    expect(back).toEqual({ page: 2, cursor: 'c2' });
    hook.rerender({ resetKey: 'k', ...back });
    expect(hook.result.current.previous()).toEqual({ page: 1, cursor: null });
    expect(hook.result.current.first()).toEqual({ page: 1, cursor: null });
  });

  it('starts again when the filters change', () => {
    const hook = render({ resetKey: 'a', page: 1, cursor: null });
    hook.rerender({ resetKey: 'a', page: 2, cursor: 'c2' });
    hook.rerender({ resetKey: 'a', page: 3, cursor: 'c3' });
    hook.rerender({ resetKey: 'b', page: 1, cursor: null });
    expect(hook.result.current.stack).toEqual([null]);
    expect(hook.result.current.canGoBack).toBe(false);
  });

  it('offers the first page when the page before is unknown', () => {
    const hook = render({ resetKey: 'k', page: 5, cursor: 'c5' });
    expect(hook.result.current.pageIndex).toBe(4);
    expect(hook.result.current.canGoBack).toBe(true);
    expect(hook.result.current.previous()).toEqual({ page: 1, cursor: null });
  });

  it('remembers the history across a reload through sessionStorage', () => {
    const first = render({ resetKey: 'k', page: 1, cursor: null, storageKey: 'test.cursors' });
    first.rerender({ resetKey: 'k', page: 2, cursor: 'c2', storageKey: 'test.cursors' });
    first.rerender({ resetKey: 'k', page: 3, cursor: 'c3', storageKey: 'test.cursors' });
    first.unmount();

    const reloaded = render({ resetKey: 'k', page: 3, cursor: 'c3', storageKey: 'test.cursors' });
    expect(reloaded.result.current.previous()).toEqual({ page: 2, cursor: 'c2' });

    const otherFilters = render({ resetKey: 'other', page: 3, cursor: 'c3', storageKey: 'test.cursors' });
    expect(otherFilters.result.current.previous()).toEqual({ page: 1, cursor: null });
  });

  it('treats a page without a cursor as the first page', () => {
    const hook = render({ resetKey: 'k', page: 7, cursor: null });
    expect(hook.result.current.pageIndex).toBe(0);
    act(() => undefined);
    expect(hook.result.current.canGoBack).toBe(false);
  });
});
