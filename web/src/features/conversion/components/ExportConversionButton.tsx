import { ArrowDropDown as ArrowDropDownIcon, FileDownloadOutlined as FileDownloadOutlinedIcon } from '@mui/icons-material';
import { Button, CircularProgress, Menu, MenuItem, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/components/errors/describe-error';
import { useNotify } from '@/components/ui/notifications';
import { useDownload } from '@/hooks/use-download';
import { useLanguage } from '@/hooks/use-language';
import type { ConversionExportFormat, ConversionExportParams, ConversionFilterParams } from '@/lib/api-types';
import { conversionExportFallbackName, conversionExportPath } from '../api/export-conversion';

export interface ExportConversionButtonProps {
  /** The summary's current filters (no page). */
  filters: ConversionFilterParams;
  disabled?: boolean;
}

const FORMATS: readonly ConversionExportFormat[] = ['csv', 'xlsx'];

/**
 * "Загрузить данные для анализа конверсии": the summary of every matching project as CSV or
 * XLSX, fetched with the session's token and saved under the server's name. The file's headers
 * are in the user's language (sent as `language` and as Accept-Language).
 */
export function ExportConversionButton({ filters, disabled }: ExportConversionButtonProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const notify = useNotify();
  const download = useDownload();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  const start = (format: ConversionExportFormat) => {
    setAnchor(null);
    const params: ConversionExportParams = { ...filters, format, language };
    download.mutate(
      { path: conversionExportPath(params), fallbackName: conversionExportFallbackName(params), headers: { 'Accept-Language': language } },
      {
        onSuccess: (name) => notify(t('conversion.export.done', { name })),
        onError: (error) => notify(t('conversion.export.failed', { message: describeError(error, t).message }), 'error'),
      },
    );
  };

  return (
    <>
      <Tooltip title={t('conversion.export.hint')} describeChild>
        <span>
          <Button
            variant="outlined"
            onClick={(event) => setAnchor(event.currentTarget)}
            disabled={disabled || download.isPending}
            aria-haspopup="menu"
            aria-expanded={anchor !== null}
            aria-controls={anchor ? 'conversion-export-menu' : undefined}
            startIcon={download.isPending ? <CircularProgress size={16} color="inherit" /> : <FileDownloadOutlinedIcon />}
            endIcon={<ArrowDropDownIcon />}
            sx={{ whiteSpace: 'nowrap' }}
          >
            {t('conversion.export.button')}
          </Button>
        </span>
      </Tooltip>
      <Menu id="conversion-export-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {FORMATS.map((format) => (
          <MenuItem key={format} onClick={() => start(format)}>
            {t(`conversion.export.${format}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
