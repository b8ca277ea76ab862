import { Add as AddIcon } from '@mui/icons-material';
import { Button, Paper, Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/ui/PageHeader';
import { paths } from '@/config/paths';
import { useCrudDialogs } from '@/hooks/use-crud-dialogs';
import type { Host, Schedule } from '../api/types';
import { HostsTab } from './HostsTab';
import { RunsTab } from './RunsTab';
import { SchedulesTab } from './SchedulesTab';

type TabKey = 'hosts' | 'schedules' | 'runs';

function positiveInt(value: string | null): number | null {
  return value && /^[1-9][0-9]{0,15}$/.test(value) ? Number(value) : null;
}

/**
 * «SFTP» (administrators): the suppliers' servers with their keys, the import and export
 * schedules, and the log of runs. The tab, the log's page and the open run live in the URL.
 */
export function SftpPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const hostDialogs = useCrudDialogs<Host>();
  const scheduleDialogs = useCrudDialogs<Schedule>();
  const param = search.get(paths.sftp.tabParam);
  const tab: TabKey = param === 'schedules' || param === 'runs' ? param : 'hosts';
  const page = (positiveInt(search.get('page')) ?? 1) - 1;
  const runId = positiveInt(search.get(paths.sftp.runParam));

  const showTab = (key: TabKey) => setSearch(key === 'hosts' ? {} : { [paths.sftp.tabParam]: key }, { replace: true });
  const setRunsState = (next: { page?: number; run?: number | null }) => {
    const params = new URLSearchParams(search);
    params.set(paths.sftp.tabParam, 'runs');
    if (next.page !== undefined) {
      if (next.page > 0) params.set('page', String(next.page + 1));
      else params.delete('page');
    }
    if (next.run !== undefined) {
      if (next.run === null) params.delete(paths.sftp.runParam);
      else params.set(paths.sftp.runParam, String(next.run));
    }
    // Opening a run is a step back can undo; closing it and paging are not.
    setSearch(params, { replace: !(next.run !== undefined && next.run !== null) });
  };

  const action =
    tab === 'hosts' ? (
      <Button variant="contained" startIcon={<AddIcon />} onClick={hostDialogs.openNew}>
        {t('sftp.hosts.add')}
      </Button>
    ) : tab === 'schedules' ? (
      <Button variant="contained" startIcon={<AddIcon />} onClick={scheduleDialogs.openNew}>
        {t('sftp.schedules.add')}
      </Button>
    ) : null;

  return (
    <>
      <PageHeader title={t('sftp.title')} actions={action} />
      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <Tabs value={tab} onChange={(_e, key: TabKey) => showTab(key)} sx={{ borderBottom: 1, borderColor: 'divider', px: 2 }}>
          <Tab value="hosts" label={t('sftp.tabs.hosts')} />
          <Tab value="schedules" label={t('sftp.tabs.schedules')} />
          <Tab value="runs" label={t('sftp.tabs.runs')} />
        </Tabs>
        {tab === 'hosts' ? <HostsTab dialogs={hostDialogs} /> : null}
        {tab === 'schedules' ? <SchedulesTab dialogs={scheduleDialogs} onStarted={(run) => setRunsState({ page: 0, run: run.id })} /> : null}
        {tab === 'runs' ? (
          <RunsTab page={page} onPageChange={(next) => setRunsState({ page: next })} openRunId={runId} onOpenRun={(id) => setRunsState({ run: id })} />
        ) : null}
      </Paper>
    </>
  );
}
