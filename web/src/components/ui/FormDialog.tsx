import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { translateServerMessage } from '@/lib/server-messages';

export interface FormDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  busy?: boolean;
  /** A failed request (shown explained) … */
  error?: unknown;
  /** … or server issues of fields the form does not show. */
  messages?: readonly string[];
  /** Buttons on the left of the footer (e.g. delete). */
  extraActions?: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md' | 'lg';
  /** Between the title and the scrolling fields (e.g. tabs). */
  header?: ReactNode;
  /** As tall as the window allows, so switching tabs does not make it jump. */
  fullHeight?: boolean;
  /** No submit button (a part of the dialog that saves by itself). */
  submitHidden?: boolean;
  children: ReactNode;
}

/** A dialog that is a form: fields, the request's failure, Cancel and Save. */
export function FormDialog(props: FormDialogProps) {
  const { t } = useTranslation();
  const { open, title, onClose, onSubmit, submitLabel, busy, error, messages, extraActions, maxWidth = 'sm', header, fullHeight, submitHidden, children } = props;
  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      maxWidth={maxWidth}
      fullWidth
      aria-labelledby="form-dialog-title"
      PaperProps={fullHeight ? { sx: { height: 'calc(100% - 64px)' } } : undefined}
    >
      {/* display: contents keeps the dialog's own layout (a scrolling middle) around the form. */}
      <Box component="form" noValidate onSubmit={onSubmit} sx={{ display: 'contents' }}>
        <DialogTitle id="form-dialog-title">{title}</DialogTitle>
        {header}
        <DialogContent dividers sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
          {messages && messages.length > 0 ? (
            <Alert severity="error" role="alert">
              {messages.map((m) => (
                <div key={m}>{translateServerMessage(m, t)}</div>
              ))}
            </Alert>
          ) : error ? (
            <ErrorAlert error={error} />
          ) : null}
          {children}
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Box sx={{ flexGrow: 1, display: 'flex', gap: 1 }}>{extraActions}</Box>
          <Button onClick={onClose} disabled={busy} color="inherit">
            {submitHidden ? t('common.close') : t('common.cancel')}
          </Button>
          {submitHidden ? null : (
            <Button
              type="submit"
              variant="contained"
              disabled={busy}
              startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
            >
              {submitLabel}
            </Button>
          )}
        </DialogActions>
      </Box>
    </Dialog>
  );
}
