import { useState } from 'react';

/** Which row a list is editing ('new' for a new one) or deleting. */
export function useCrudDialogs<T>() {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  return {
    editing,
    deleting,
    /** The row being edited, or null for a new one (while the dialog is open). */
    editTarget: editing === 'new' ? null : editing,
    openNew: () => setEditing('new'),
    openEdit: (row: T) => setEditing(row),
    closeEdit: () => setEditing(null),
    openDelete: (row: T) => setDeleting(row),
    closeDelete: () => setDeleting(null),
  };
}
