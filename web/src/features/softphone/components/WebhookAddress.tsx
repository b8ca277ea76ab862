import { ContentCopy as ContentCopyIcon } from '@mui/icons-material';
import { Alert, Box, IconButton, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../api/types';
import { useCopy } from './use-copy';

/** The copy button of an integration's webhook address, with its outcome in the tooltip. */
export function CopyWebhookButton({ url, size = 'small' }: { url: string; size?: 'small' | 'medium' }) {
  const { t } = useTranslation();
  const [copy, doCopy] = useCopy();
  const title = copy === 'copied' ? t('softphone.copied') : copy === 'failed' ? t('softphone.copyFailed') : t('softphone.webhookCopy');
  return (
    <Tooltip title={title} describeChild>
      <IconButton size={size} onClick={() => doCopy(url)} aria-label={t('softphone.webhookCopy')} data-testid="webhook-copy">
        <ContentCopyIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}

/** Where the PBX sends its events, to paste into its settings, with what to set there for this kind. */
export function WebhookAddress({ integration }: { integration: Pick<Integration, 'id' | 'kind' | 'webhook_url'> }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="subtitle2" component="h3" id="webhook-title">
        {t('softphone.dialog.webhook')}
      </Typography>
      <Box
        sx={{ display: 'flex', alignItems: 'center', gap: 0.5, border: 1, borderColor: 'divider', borderRadius: 1, pl: 1.5, pr: 0.5, py: 0.25, bgcolor: 'grey.50' }}
      >
        <Typography
          component="code"
          aria-labelledby="webhook-title"
          data-testid="webhook-url"
          sx={{ flexGrow: 1, fontFamily: 'monospace', fontSize: 13, overflowWrap: 'anywhere', userSelect: 'all' }}
        >
          {integration.webhook_url}
        </Typography>
        <CopyWebhookButton url={integration.webhook_url} />
      </Box>
      <Alert severity="info" icon={false} sx={{ py: 0.5, fontSize: 13 }} data-testid="webhook-hint">
        {t(`softphone.hints.${integration.kind}`, { id: String(integration.id) })}
      </Alert>
    </Box>
  );
}
