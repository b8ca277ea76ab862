import { Alert, Box, Button, MenuItem, Select, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { lighten, type Theme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import type { ImportColumn, ImportPreview } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import { IMPORT_COLUMNS } from './import-form';

export interface PreviewPanelProps {
  preview: ImportPreview;
  /** The mapping being edited, one entry per column. */
  columns: readonly ImportColumn[];
  /** What the server recognized, to tell a changed mapping and to go back to it. */
  recognized: readonly ImportColumn[];
  onChange: (index: number, column: ImportColumn) => void;
  onRestore: () => void;
  /** The mapping's issue, translated. */
  error?: string;
}

/** The phone column stands out a little. */
const phoneTint = (theme: Theme) => lighten(theme.palette.primary.main, 0.93);

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" sx={{ fontWeight: 600 }} component="div">
        {value}
      </Typography>
    </Box>
  );
}

/** The detected format, and the first rows under a "what is in this column" choice for each column. */
export function PreviewPanel({ preview, columns, recognized, onChange, onRestore, error }: PreviewPanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const changed = columns.length !== recognized.length || columns.some((c, i) => c !== recognized[i]);
  const delimiter =
    preview.delimiter === ';'
      ? t('imports.preview.semicolon')
      : preview.delimiter === ','
        ? t('imports.preview.comma')
        : preview.delimiter === '\t'
          ? t('imports.preview.tab')
          : preview.delimiter;

  return (
    <Box sx={{ display: 'grid', gap: 1.5 }} data-testid="import-preview">
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          columnGap: 4,
          rowGap: 1,
          px: 2,
          py: 1.25,
          bgcolor: 'background.default',
          borderRadius: 1,
          border: 1,
          borderColor: 'divider',
        }}
      >
        <Fact label={t('imports.preview.format')} value={preview.file_kind.toUpperCase()} />
        {preview.encoding ? <Fact label={t('imports.preview.encoding')} value={preview.encoding} /> : null}
        {delimiter ? <Fact label={t('imports.preview.delimiter')} value={delimiter} /> : null}
        <Fact
          label={t('imports.preview.header')}
          value={preview.has_header ? t('imports.preview.headerFound') : t('imports.preview.headerMissing')}
        />
      </Box>
      {preview.warning ? <Alert severity="info">{t('imports.preview.partial')}</Alert> : null}

      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', minHeight: 32 }}>
        <Typography variant="body2" color={!changed && !preview.has_header ? 'warning.dark' : 'text.secondary'} sx={{ flexGrow: 1 }}>
          {t('imports.preview.mappingHint')}{' '}
          {changed ? t('imports.preview.changed') : preview.has_header ? t('imports.preview.recognized') : t('imports.preview.guessed')}
        </Typography>
        {changed ? (
          <Button size="small" onClick={onRestore}>
            {t('imports.preview.restore')}
          </Button>
        ) : null}
      </Box>
      {error ? (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      ) : null}

      <TableContainer sx={{ maxHeight: 440, border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" stickyHeader aria-label={t('imports.preview.rows', { n: formatNumber(preview.rows.length, language) })}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 56, bgcolor: 'background.paper', verticalAlign: 'bottom', color: 'text.secondary', fontWeight: 400 }}>
                <Typography variant="caption">{t('imports.preview.line')}</Typography>
              </TableCell>
              {columns.map((column, index) => (
                <TableCell key={index} sx={{ minWidth: 160, bgcolor: column === 'phone' ? phoneTint : 'background.paper', py: 1 }}>
                  <Select
                    size="small"
                    fullWidth
                    value={column}
                    onChange={(event) => onChange(index, event.target.value as ImportColumn)}
                    inputProps={{ 'aria-label': t('imports.preview.columnFor', { n: String(index + 1) }) }}
                    error={Boolean(error) && column === 'phone'}
                    sx={{ bgcolor: 'background.paper', fontWeight: column === 'phone' ? 600 : 400, color: column === 'ignore' ? 'text.secondary' : undefined }}
                  >
                    {IMPORT_COLUMNS.map((c) => (
                      <MenuItem key={c} value={c}>
                        {t(`imports.columns.${c}`)}
                      </MenuItem>
                    ))}
                  </Select>
                  <Typography variant="caption" color="text.secondary" noWrap component="div" sx={{ mt: 0.5, fontStyle: preview.header?.[index] ? 'normal' : 'italic' }}>
                    {preview.header?.[index] || t('imports.preview.column', { n: String(index + 1) })}
                  </Typography>
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {preview.rows.length === 0 ? (
              <TableRow>
                <TableCell colSpan={columns.length + 1} sx={{ py: 4, textAlign: 'center', color: 'text.secondary' }}>
                  {t('imports.preview.noRows')}
                </TableCell>
              </TableRow>
            ) : null}
            {preview.rows.map((row, r) => (
              <TableRow key={r}>
                {/* The line of the file, as the error report counts them. */}
                <TableCell sx={{ color: 'text.disabled', fontVariantNumeric: 'tabular-nums' }}>{r + (preview.has_header ? 2 : 1)}</TableCell>
                {columns.map((column, c) => (
                  <TableCell
                    key={c}
                    sx={{
                      maxWidth: 280,
                      overflow: 'hidden',
                      textOverflow: 'ellipsis',
                      whiteSpace: 'nowrap',
                      color: column === 'ignore' ? 'text.disabled' : undefined,
                      fontWeight: column === 'phone' ? 500 : undefined,
                      bgcolor: column === 'phone' ? phoneTint : undefined,
                    }}
                    title={row[c] ?? ''}
                  >
                    {row[c] ?? ''}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
