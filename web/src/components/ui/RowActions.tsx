import { DeleteOutline as DeleteOutlineIcon, EditOutlined as EditOutlinedIcon } from '@mui/icons-material';
import { Box, IconButton, Tooltip } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface RowActionsProps {
  /** Names the row for screen readers: "Изменить: B1". */
  name: string;
  onEdit?: () => void;
  onDelete?: () => void;
  /** The delete button's words, e.g. "Деактивировать"; "Удалить" by default. */
  deleteLabel?: string;
  /** Another icon for the delete button (a bin by default). */
  deleteIcon?: ReactNode;
  children?: ReactNode;
}

/** Edit and delete buttons at the end of a table row; absent callbacks hide their buttons. */
export function RowActions({ name, onEdit, onDelete, deleteLabel, deleteIcon, children }: RowActionsProps) {
  const { t } = useTranslation();
  const edit = `${t('common.edit')}: ${name}`;
  const removeWord = deleteLabel ?? t('common.delete');
  const remove = `${removeWord}: ${name}`;
  return (
    <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 0.5, whiteSpace: 'nowrap' }}>
      {children}
      {onEdit ? (
        <Tooltip title={t('common.edit')}>
          <IconButton size="small" aria-label={edit} onClick={onEdit}>
            <EditOutlinedIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      ) : null}
      {onDelete ? (
        <Tooltip title={removeWord}>
          <IconButton size="small" aria-label={remove} onClick={onDelete}>
            {deleteIcon ?? <DeleteOutlineIcon fontSize="small" />}
          </IconButton>
        </Tooltip>
      ) : null}
    </Box>
  );
}
