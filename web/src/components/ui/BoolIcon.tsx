import { CheckCircle as CheckCircleIcon, RemoveCircleOutline as RemoveCircleOutlineIcon } from '@mui/icons-material';

/** A yes/no cell: a green tick or a grey dash, labelled for screen readers. */
export function BoolIcon({ value, label }: { value: boolean; label: string }) {
  return value ? (
    <CheckCircleIcon color="success" fontSize="small" aria-label={label} titleAccess={label} sx={{ display: 'block' }} />
  ) : (
    <RemoveCircleOutlineIcon color="disabled" fontSize="small" aria-label={label} titleAccess={label} sx={{ display: 'block' }} />
  );
}
