import { FileDownloadOutlined as FileDownloadOutlinedIcon } from '@mui/icons-material';
import { Button, CircularProgress, IconButton, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/components/errors/describe-error';
import { useNotify } from '@/components/ui/notifications';
import { useDownload } from '@/hooks/use-download';
import { isApiError } from '@/lib/api-client';
import type { Export } from '@/lib/api-types';

/** Fetches the export's file with the session's token and saves it under the server's name. */
export function ExportDownloadButton({ value, compact }: { value: Pick<Export, 'id' | 'filename' | 'download_url'>; compact?: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const download = useDownload();
  const url = value.download_url;
  const label = t('exports.downloadName', { name: value.filename });
  const start = () => {
    if (!url) return;
    download.mutate(
      { path: url, fallbackName: value.filename },
      {
        onError: (error) => {
          // 410: the file was removed after its retention period.
          const message = isApiError(error) && error.status === 410 ? t('exports.gone') : describeError(error, t).message;
          notify(t('exports.downloadFailed', { message }), 'error');
        },
      },
    );
  };
  const icon = download.isPending ? <CircularProgress size={16} color="inherit" /> : <FileDownloadOutlinedIcon fontSize="small" />;
  if (compact) {
    return (
      <Tooltip title={label}>
        <span>
          <IconButton size="small" color="primary" aria-label={label} disabled={!url || download.isPending} onClick={start}>
            {icon}
          </IconButton>
        </span>
      </Tooltip>
    );
  }
  return (
    <Button variant="contained" startIcon={icon} disabled={!url || download.isPending} onClick={start} aria-label={label}>
      {t('exports.download')}
    </Button>
  );
}
