import { Paper, Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/ui/PageHeader';
import { useCan } from '@/features/auth';
import type { Permission } from '@/lib/permissions';
import { GeoTab } from './GeoTab';
import { ProvidersTab } from './ProvidersTab';
import { StatusesTab } from './StatusesTab';

type TabKey = 'providers' | 'geo' | 'statuses';

const TABS: readonly { key: TabKey; read: Permission; manage: Permission }[] = [
  { key: 'providers', read: 'providers.read', manage: 'providers.manage' },
  { key: 'geo', read: 'geo.read', manage: 'geo.manage' },
  { key: 'statuses', read: 'statuses.read', manage: 'statuses.manage' },
];

/** Providers, geo and number statuses: each tab needs X.read, its buttons X.manage. */
export function DictionariesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [searchParams, setSearchParams] = useSearchParams();
  const visible = TABS.filter((tab) => can(tab.read));
  const current = visible.find((tab) => tab.key === searchParams.get('tab')) ?? visible[0];

  return (
    <>
      <PageHeader title={t('nav.dictionaries')} />
      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <Tabs
          value={current?.key ?? false}
          onChange={(_e, key: TabKey) => setSearchParams({ tab: key }, { replace: true })}
          sx={{ borderBottom: 1, borderColor: 'divider', px: 2 }}
        >
          {visible.map((tab) => (
            <Tab key={tab.key} value={tab.key} label={t(`dictionaries.tabs.${tab.key}`)} />
          ))}
        </Tabs>
        {current?.key === 'providers' ? <ProvidersTab canManage={can(current.manage)} /> : null}
        {current?.key === 'geo' ? <GeoTab canManage={can(current.manage)} /> : null}
        {current?.key === 'statuses' ? <StatusesTab canManage={can(current.manage)} /> : null}
      </Paper>
    </>
  );
}
