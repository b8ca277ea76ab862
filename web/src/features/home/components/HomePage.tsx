import { MoveToInboxOutlined as MoveToInboxOutlinedIcon } from '@mui/icons-material';
import { Box, Button, LinearProgress, Skeleton, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { paths } from '@/config/paths';
import { useCan, useCurrentUserId } from '@/features/auth';
import { useLanguage } from '@/hooks/use-language';
import { useHome } from '../api/get-home';
import { CompanyToday } from './CompanyToday';
import { formatBusinessDay } from './home-format';
import { MyDayTiles, TILE_GRID } from './MyDayTiles';

/** The tiles' places while the day loads. */
function TilesSkeleton() {
  return (
    <Box sx={TILE_GRID} data-testid="home-loading" aria-busy="true">
      {Array.from({ length: 6 }, (_, i) => (
        <Skeleton key={i} variant="rounded" height={92} />
      ))}
    </Box>
  );
}

/**
 * "Сегодня": the user's callbacks and their projects' day; for administrators (the server sends
 * `company`) the company's arrivals, imports and projects that need a look. Refreshed every minute.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const can = useCan();
  const userId = useCurrentUserId();
  const home = useHome();
  const data = home.data;

  return (
    <>
      <PageHeader
        title={t('home.title')}
        actions={
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
            {data ? (
              <Tooltip title={t('home.refreshHint')} describeChild>
                <Typography variant="body1" color="text.secondary" sx={{ '&::first-letter': { textTransform: 'uppercase' } }} data-testid="home-day">
                  {formatBusinessDay(data.day, language)}
                </Typography>
              </Tooltip>
            ) : null}
            {can('projects.get_base') ? (
              <Tooltip title={t('home.getBaseHint')} describeChild>
                <Button component={RouterLink} to={paths.projects.href()} variant="contained" startIcon={<MoveToInboxOutlinedIcon />}>
                  {t('home.getBase')}
                </Button>
              </Tooltip>
            ) : null}
          </Box>
        }
      />
      <Box sx={{ height: 4, mb: 1 }}>{home.isFetching && data ? <LinearProgress /> : null}</Box>
      <Box sx={{ display: 'grid', gap: 3 }}>
        {home.isError ? <ErrorAlert error={home.error} onRetry={() => void home.refetch()} /> : null}
        {data ? (
          <>
            <Box component="section" aria-labelledby="home-my-day-title">
              <Typography id="home-my-day-title" variant="h6" component="h2" sx={{ fontWeight: 600, mb: 1.5 }}>
                {t('home.myDay')}
              </Typography>
              <MyDayTiles home={data} userId={can('phone_numbers.read') ? userId : null} />
            </Box>
            {data.company ? <CompanyToday company={data.company} canOpenImports={can('imports.read')} /> : null}
          </>
        ) : home.isPending ? (
          <TilesSkeleton />
        ) : null}
      </Box>
    </>
  );
}
