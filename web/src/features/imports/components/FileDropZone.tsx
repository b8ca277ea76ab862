import { UploadFileOutlined as UploadFileOutlinedIcon } from '@mui/icons-material';
import { Box, Button, Typography } from '@mui/material';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const IMPORT_ACCEPT =
  '.csv,.txt,.tsv,.xlsx,.xls,text/csv,text/plain,application/vnd.ms-excel,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface FileDropZoneProps {
  onFile: (file: File) => void;
  disabled?: boolean;
}

/** Drop a file on it, or choose one; either way `onFile` gets it. */
export function FileDropZone({ onFile, disabled }: FileDropZoneProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');
  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (disabled || !hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDragLeave = (event: DragEvent<HTMLElement>) => {
    // Moving onto a child is not leaving.
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    setOver(false);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    if (disabled) return;
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <Box
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      data-testid="import-drop-zone"
      sx={{
        border: 2,
        borderStyle: 'dashed',
        borderColor: over ? 'primary.main' : 'divider',
        bgcolor: over ? 'action.hover' : 'background.default',
        borderRadius: 2,
        px: 3,
        py: 4,
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        gap: 1,
        textAlign: 'center',
        transition: 'border-color 120ms, background-color 120ms',
      }}
    >
      <UploadFileOutlinedIcon sx={{ fontSize: 44, color: over ? 'primary.main' : 'action.active' }} />
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {over ? t('imports.drop.release') : t('imports.drop.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('imports.drop.or')}
      </Typography>
      <Button variant="contained" disableElevation disabled={disabled} onClick={() => input.current?.click()}>
        {t('imports.drop.choose')}
      </Button>
      <Typography variant="caption" color="text.secondary" sx={{ mt: 1 }}>
        {t('imports.drop.hint')}
      </Typography>
      <input
        ref={input}
        type="file"
        hidden
        accept={IMPORT_ACCEPT}
        aria-label={t('imports.drop.input')}
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file chosen again must still count as a choice.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </Box>
  );
}
