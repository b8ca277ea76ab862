import { FileDownloadOutlined as FileDownloadOutlinedIcon } from '@mui/icons-material';
import { Button, CircularProgress, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/components/errors/describe-error';
import { useNotify } from '@/components/ui/notifications';
import { useDownload } from '@/hooks/use-download';
import { useLanguage } from '@/hooks/use-language';
import type { AuditLogFilters } from '@/lib/api-types';
import { AUDIT_EXPORT_FALLBACK_NAME, auditLogExportPath } from '../api/export-audit-log';

export interface ExportAuditButtonProps {
  /** The list's current filters. */
  filters: AuditLogFilters;
  disabled?: boolean;
}

/**
 * "Выгрузить в CSV": every record matching the filters, newest first, fetched with the session's
 * token and saved under the server's name; the file's header is in the user's language.
 */
export function ExportAuditButton({ filters, disabled }: ExportAuditButtonProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const notify = useNotify();
  const download = useDownload();

  const start = () => {
    download.mutate(
      {
        path: auditLogExportPath({ ...filters, language }),
        fallbackName: AUDIT_EXPORT_FALLBACK_NAME,
        headers: { 'Accept-Language': language },
      },
      {
        onSuccess: (name) => notify(t('audit.export.done', { name })),
        onError: (error) => notify(t('audit.export.failed', { message: describeError(error, t).message }), 'error'),
      },
    );
  };

  return (
    <Tooltip title={t('audit.export.hint')} describeChild>
      <span>
        <Button
          variant="outlined"
          onClick={start}
          disabled={disabled || download.isPending}
          startIcon={download.isPending ? <CircularProgress size={16} color="inherit" /> : <FileDownloadOutlinedIcon />}
          sx={{ whiteSpace: 'nowrap' }}
        >
          {t('audit.export.button')}
        </Button>
      </span>
    </Tooltip>
  );
}
