import { TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDebouncedValue } from '@/hooks/use-debounced-value';

export interface TextFilterProps {
  value: string;
  onChange: (text: string) => void;
  label: string;
  placeholder?: string;
  /** The server's words about the filter (422), under the field. */
  error?: string;
  width?: number;
}

/** A text filter that reaches the URL (and the server) 300 ms after the last keystroke. */
export function TextFilter({ value, onChange, label, placeholder, error, width = 130 }: TextFilterProps) {
  const [text, setText] = useState(value);
  const settled = useDebouncedValue(text, 300);
  // A change from outside (reset, a link) replaces what is typed.
  useEffect(() => {
    setText((current) => (current.trim() === value ? current : value));
  }, [value]);
  useEffect(() => {
    if (settled.trim() !== value) onChange(settled.trim());
    // Only a settled input changes the filter; `value` and `onChange` are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  return (
    <TextField
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => setText(event.target.value)}
      error={error !== undefined}
      helperText={error}
      InputLabelProps={{ shrink: true }}
      inputProps={{ type: 'search' }}
      sx={{ width }}
    />
  );
}
