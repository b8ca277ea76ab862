import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import type { HomeSupplierReceived } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import { Panel, PanelEmpty } from './Panel';

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const footer = { fontWeight: 600, color: 'text.primary', fontSize: '0.875rem' } as const;

/** Numbers received today by supplier: into the pool and straight into projects. */
export function SuppliersPanel({ rows }: { rows: readonly HomeSupplierReceived[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const count = (n: number) => formatNumber(n, language);
  const pool = rows.reduce((sum, r) => sum + r.pool, 0);
  const projects = rows.reduce((sum, r) => sum + r.projects, 0);
  return (
    <Panel title={t('home.bySupplier')} testId="home-suppliers">
      {rows.length === 0 ? (
        <PanelEmpty>{t('home.noneReceived')}</PanelEmpty>
      ) : (
        <Table size="small" aria-label={t('home.bySupplier')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('home.supplier')}</TableCell>
              <TableCell align="right">{t('home.intoPool')}</TableCell>
              <TableCell align="right">{t('home.intoProjects')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.provider_id} hover data-testid={`home-supplier-${r.provider_id}`}>
                <TableCell>
                  <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
                    {r.code}
                  </Typography>
                  {r.name && r.name !== r.code ? (
                    <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                      {r.name}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell align="right" sx={numeric}>
                  {count(r.pool)}
                </TableCell>
                <TableCell align="right" sx={numeric}>
                  {count(r.projects)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          {rows.length > 1 ? (
            <TableFooter>
              <TableRow>
                <TableCell sx={footer}>{t('home.total')}</TableCell>
                <TableCell align="right" sx={{ ...numeric, ...footer }}>
                  {count(pool)}
                </TableCell>
                <TableCell align="right" sx={{ ...numeric, ...footer }}>
                  {count(projects)}
                </TableCell>
              </TableRow>
            </TableFooter>
          ) : null}
        </Table>
      )}
    </Panel>
  );
}
