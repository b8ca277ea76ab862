import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatBytes, formatPercent } from '@/lib/format';
import type { UploadProgress } from '@/lib/upload';

/** How much of a file has gone to the server: "Отправлено 1,2 МБ из 5 МБ" over a bar (lib/upload.ts reports it). */
export function UploadProgressBar({ progress }: { progress: UploadProgress | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const loaded = progress?.loaded ?? 0;
  const total = progress?.total ?? null;
  const percent = total ? Math.min(100, Math.round((loaded / total) * 100)) : null;
  const label =
    total === null
      ? t('upload.progressUnknown', { loaded: formatBytes(loaded, language) })
      : t('upload.progress', { loaded: formatBytes(loaded, language), total: formatBytes(total, language) });
  return (
    <Box>
      <Box sx={{ display: 'flex', mb: 0.75 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1, fontVariantNumeric: 'tabular-nums' }}>
          {label}
        </Typography>
        {percent !== null ? (
          <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatPercent(percent / 100, language)}
          </Typography>
        ) : null}
      </Box>
      <LinearProgress
        variant={percent === null ? 'indeterminate' : 'determinate'}
        value={percent ?? undefined}
        aria-label={label}
        sx={{ height: 8, borderRadius: 4 }}
      />
    </Box>
  );
}
