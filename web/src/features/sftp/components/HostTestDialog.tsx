import {
  FolderOutlined as FolderOutlinedIcon,
  GppMaybeOutlined as GppMaybeOutlinedIcon,
  InsertDriveFileOutlined as InsertDriveFileOutlinedIcon,
} from '@mui/icons-material';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Checkbox,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { useLanguage } from '@/hooks/use-language';
import { formatBytes, formatDateTime } from '@/lib/format';
import { translateServerMessage } from '@/lib/server-messages';
import { useAcceptHostKey, useTestHost } from '../api/hosts';
import type { Host, HostTest, RemoteEntry } from '../api/types';
import { hostAddress, testErrorText } from './sftp-text';

export interface HostTestDialogProps {
  /** The host to test (the test starts when it opens), or null when closed. */
  host: Host | null;
  onClose: () => void;
}

function Fingerprint({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Box sx={{ display: 'grid', gap: 0.25 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        data-testid={testId}
        sx={{ fontFamily: 'monospace', fontSize: 14, wordBreak: 'break-all', bgcolor: 'action.hover', borderRadius: 1, px: 1.25, py: 0.75 }}
      >
        {value}
      </Typography>
    </Box>
  );
}

/**
 * «Проверить подключение»: the host key's fingerprint, to accept when it is new (the test then runs
 * again and signs in), a loud warning when it changed, the directory when all is well, or what
 * went wrong.
 */
export function HostTestDialog({ host, onClose }: HostTestDialogProps) {
  const { t } = useTranslation();
  const test = useTestHost();
  const accept = useAcceptHostKey();
  const [confirmed, setConfirmed] = useState(false);
  const hostId = host?.id ?? null;

  useEffect(() => {
    test.reset();
    accept.reset();
    setConfirmed(false);
    if (hostId !== null) test.mutate(hostId);
    // A new host opened: a test of its own (the mutations are stable enough, their state is not).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hostId]);

  const retest = () => {
    if (hostId === null) return;
    accept.reset();
    setConfirmed(false);
    test.mutate(hostId);
  };
  const acceptKey = (fingerprint: string) => {
    if (hostId === null) return;
    accept.mutate({ id: hostId, fingerprint }, { onSuccess: retest });
  };

  const result = test.isPending ? undefined : test.data;
  const busy = test.isPending || accept.isPending;

  return (
    <Dialog open={host !== null} onClose={busy ? undefined : onClose} maxWidth="md" fullWidth aria-labelledby="sftp-test-title">
      <DialogTitle id="sftp-test-title">
        {t('sftp.test.title', { name: host?.name ?? '' })}
        {host ? (
          <Typography variant="body2" color="text.secondary" component="div">
            {host.username}@{hostAddress(host)} · {host.remote_directory}
          </Typography>
        ) : null}
      </DialogTitle>
      <DialogContent dividers sx={{ display: 'grid', gap: 2, alignContent: 'start', minHeight: 160 }}>
        {test.isPending && host ? (
          <Box sx={{ display: 'grid', gap: 1 }} data-testid="host-test-running">
            <Typography variant="body2" color="text.secondary">
              {accept.isSuccess ? t('sftp.test.accepted') : t('sftp.test.connecting', { address: hostAddress(host) })}
            </Typography>
            <LinearProgress />
          </Box>
        ) : null}
        {test.isError ? <ErrorAlert error={test.error} onRetry={retest} /> : null}
        {result && host ? (
          <TestOutcome
            result={result}
            host={host}
            confirmed={confirmed}
            onConfirm={setConfirmed}
            accepting={accept.isPending}
            onAccept={acceptKey}
          />
        ) : null}
        {accept.isError ? <ErrorAlert error={accept.error} /> : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={retest} disabled={busy || host === null}>
          {t('sftp.test.again')}
        </Button>
        <Box sx={{ flexGrow: 1 }} />
        <Button onClick={onClose} color="inherit" disabled={busy}>
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

interface TestOutcomeProps {
  result: HostTest;
  host: Host;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  accepting: boolean;
  onAccept: (fingerprint: string) => void;
}

function TestOutcome({ result, host, confirmed, onConfirm, accepting, onAccept }: TestOutcomeProps) {
  const { t } = useTranslation();
  const seen = result.host_key.fingerprint;
  const status = result.host_key.status;
  const acceptIcon = accepting ? <CircularProgress size={16} color="inherit" /> : undefined;
  // The key states have their own words; any other failure is told by its code.
  const otherError = result.error && result.error.code !== 'HOST_KEY_UNKNOWN' && result.error.code !== 'HOST_KEY_CHANGED' ? result.error : null;

  return (
    <Box sx={{ display: 'grid', gap: 2 }} data-testid="host-test-result" data-status={status} data-ok={String(result.ok)}>
      {status === 'changed' && seen ? (
        <Alert severity="error" variant="filled" icon={<GppMaybeOutlinedIcon />} data-testid="host-key-changed" role="alert">
          <AlertTitle sx={{ fontWeight: 700 }}>{t('sftp.test.changedTitle')}</AlertTitle>
          {t('sftp.test.changedText')}
        </Alert>
      ) : null}
      {status === 'unknown' && seen ? (
        <Alert severity="warning" data-testid="host-key-unknown">
          <AlertTitle>{t('sftp.test.unknownTitle')}</AlertTitle>
          {t('sftp.test.unknownText')}
        </Alert>
      ) : null}

      {status === 'changed' && seen ? (
        <>
          {result.accepted_fingerprint ? <Fingerprint label={t('sftp.test.acceptedKey')} value={result.accepted_fingerprint} testId="host-accepted-fingerprint" /> : null}
          <Fingerprint label={t('sftp.test.newKey')} value={seen} testId="host-fingerprint" />
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            <FormControlLabel
              sx={{ flexGrow: 1 }}
              control={<Checkbox checked={confirmed} onChange={(_e, v) => onConfirm(v)} color="error" />}
              label={t('sftp.test.changedConfirm')}
            />
            <Button variant="contained" color="error" disabled={!confirmed || accepting} startIcon={acceptIcon} onClick={() => onAccept(seen)}>
              {t('sftp.test.acceptNew')}
            </Button>
          </Box>
        </>
      ) : seen ? (
        <Box sx={{ display: 'flex', alignItems: 'flex-end', gap: 2, flexWrap: 'wrap' }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Fingerprint label={t('sftp.test.fingerprint')} value={seen} testId="host-fingerprint" />
          </Box>
          {status === 'unknown' ? (
            <Button variant="contained" disabled={accepting} startIcon={acceptIcon} onClick={() => onAccept(seen)} data-testid="accept-host-key">
              {t('sftp.test.accept')}
            </Button>
          ) : null}
        </Box>
      ) : null}

      {otherError ? (
        <Alert severity="error" data-testid="host-test-error" data-code={otherError.code}>
          <AlertTitle>{testErrorText(otherError, t)}</AlertTitle>
          {otherError.message ? t('sftp.test.details', { message: translateServerMessage(otherError.message, t), interpolation: { escapeValue: false } }) : null}
        </Alert>
      ) : null}

      {result.ok ? (
        <>
          <Alert severity="success" data-testid="host-test-ok">
            {t('sftp.test.okTitle')}
          </Alert>
          <Listing entries={result.entries} directory={host.remote_directory} />
        </>
      ) : null}
    </Box>
  );
}

function Listing({ entries, directory }: { entries: readonly RemoteEntry[]; directory: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2 }}>
        <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>
          {t('sftp.test.listing', { directory })}
        </Typography>
        {entries.length >= 100 ? (
          <Typography variant="body2" color="text.secondary">
            {t('sftp.test.listingLimit')}
          </Typography>
        ) : null}
      </Box>
      <TableContainer sx={{ maxHeight: 320, border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" stickyHeader aria-label={t('sftp.test.listing', { directory })} data-testid="host-listing">
          <TableHead>
            <TableRow>
              <TableCell>{t('sftp.test.entry.name')}</TableCell>
              <TableCell align="right">{t('sftp.test.entry.size')}</TableCell>
              <TableCell>{t('sftp.test.entry.modified')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.length === 0 ? (
              <TableRow>
                <TableCell colSpan={3} sx={{ py: 3, textAlign: 'center', color: 'text.secondary' }}>
                  {t('sftp.test.emptyDirectory')}
                </TableCell>
              </TableRow>
            ) : (
              entries.map((e) => (
                <TableRow key={e.name} data-testid="host-entry">
                  <TableCell>
                    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
                      {e.is_directory ? (
                        <FolderOutlinedIcon fontSize="small" color="primary" aria-label={t('sftp.test.entry.directory')} />
                      ) : (
                        <InsertDriveFileOutlinedIcon fontSize="small" color="action" aria-hidden />
                      )}
                      {e.name}
                    </Box>
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    {e.is_directory || e.size === null ? '' : formatBytes(e.size, language)}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.modified_at, language)}</TableCell>
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
