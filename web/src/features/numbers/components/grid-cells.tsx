import type { CheckboxProps } from '@mui/material';
import { forwardRef, useLayoutEffect, useRef } from 'react';
import { siteHref } from './site-href';

/*
 * The numbers grid's per-row controls as plain elements styled by the grid's class names
 * (GRID_CELLS_SX). A page change mounts a whole page of rows: a MUI Checkbox or IconButton per
 * row brings a ripple, an extra render after mounting and a style serialization per render,
 * which made a page of 50 rows noticeably slower to show.
 */

/** The grid's selection checkbox (its `baseCheckbox` slot): a native checkbox. */
export const GridCheckbox = forwardRef<HTMLSpanElement, CheckboxProps>(function GridCheckbox(props, ref) {
  const { checked, indeterminate, onChange, disabled, inputProps, tabIndex, onKeyDown, className } = props;
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (input.current) input.current.indeterminate = Boolean(indeterminate);
  }, [indeterminate]);
  return (
    // The grid finds the input inside the element it is given to move focus into it.
    <span ref={ref} className={className ? `numbers-check ${className}` : 'numbers-check'} onKeyDown={onKeyDown}>
      <input
        ref={input}
        type="checkbox"
        checked={Boolean(checked)}
        disabled={disabled}
        tabIndex={tabIndex}
        aria-label={inputProps?.['aria-label']}
        name={inputProps?.name}
        onChange={(event) => onChange?.(event, event.target.checked)}
      />
    </span>
  );
});

export interface FavouriteButtonProps {
  on: boolean;
  label: string;
  disabled: boolean;
  onToggle: () => void;
}

export function FavouriteButton({ on, label, disabled, onToggle }: FavouriteButtonProps) {
  return (
    <button
      type="button"
      className={on ? 'numbers-star numbers-star-on' : 'numbers-star'}
      title={label}
      aria-label={label}
      aria-pressed={on}
      disabled={disabled}
      onClick={onToggle}
    >
      {on ? '★' : '☆'}
    </button>
  );
}

export function SiteLink({ site }: { site: string }) {
  return (
    <a className="numbers-site" href={siteHref(site)} target="_blank" rel="noopener noreferrer">
      {site}
    </a>
  );
}

/** The styles of the plain cells above and of the status cell's badge button, for the grid's sx. */
export const GRID_CELLS_SX = {
  '& .numbers-check': { display: 'inline-flex', alignItems: 'center', justifyContent: 'center' },
  '& .numbers-check input': { width: 16, height: 16, margin: 0, cursor: 'pointer', accentColor: 'var(--numbers-accent)' },
  '& .numbers-star': {
    width: 28,
    height: 28,
    padding: 0,
    border: 0,
    borderRadius: '50%',
    background: 'none',
    cursor: 'pointer',
    fontSize: 18,
    lineHeight: '28px',
    color: 'rgba(0, 0, 0, 0.54)',
  },
  '& .numbers-star:hover:not(:disabled)': { backgroundColor: 'rgba(0, 0, 0, 0.06)' },
  '& .numbers-star:disabled': { cursor: 'default', opacity: 0.6 },
  '& .numbers-star-on': { color: '#f5a623' },
  '& .numbers-site': { color: 'var(--numbers-accent)', textDecoration: 'none' },
  '& .numbers-site:hover': { textDecoration: 'underline' },
  '& .numbers-badge-button': {
    display: 'inline-flex',
    alignItems: 'center',
    padding: '2px 0',
    border: 0,
    background: 'none',
    font: 'inherit',
    cursor: 'pointer',
  },
  '& .numbers-badge-button:disabled': { cursor: 'default' },
} as const;
