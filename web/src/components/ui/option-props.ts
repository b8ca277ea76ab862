import type { HTMLAttributes } from 'react';

/**
 * MUI's Autocomplete passes `key` inside renderOption's props; React wants it given directly,
 * so the rest is spread and the key set by the caller.
 */
export function optionProps(props: HTMLAttributes<HTMLLIElement> & { key?: unknown }): HTMLAttributes<HTMLLIElement> {
  const { key: _key, ...rest } = props;
  return rest;
}
