import { Add as AddIcon } from '@mui/icons-material';
import { Button, Paper, Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/ui/PageHeader';
import { useCrudDialogs } from '@/hooks/use-crud-dialogs';
import type { Integration } from '../api/types';
import { IntegrationsTab } from './IntegrationsTab';
import { UnlinkedCallsTab } from './UnlinkedCallsTab';

type TabKey = 'integrations' | 'unlinked';

/** «Телефония»: the connected PBXs and the calls no number holds; the tab and the filter live in the URL. */
export function TelephonyPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const dialogs = useCrudDialogs<Integration>();
  const tab: TabKey = searchParams.get('tab') === 'unlinked' ? 'unlinked' : 'integrations';
  const integrationParam = Number(searchParams.get('integration'));
  const integrationId = Number.isInteger(integrationParam) && integrationParam > 0 ? integrationParam : null;

  const showUnlinked = (integration: number | null) => {
    const next = new URLSearchParams({ tab: 'unlinked' });
    if (integration !== null) next.set('integration', String(integration));
    setSearchParams(next, { replace: tab === 'unlinked' });
  };

  return (
    <>
      <PageHeader
        title={t('softphone.title')}
        actions={
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => {
              // The dialog belongs to the connections' tab.
              if (tab !== 'integrations') setSearchParams({}, { replace: true });
              dialogs.openNew();
            }}
          >
            {t('softphone.add')}
          </Button>
        }
      />
      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <Tabs
          value={tab}
          onChange={(_e, key: TabKey) => (key === 'unlinked' ? showUnlinked(null) : setSearchParams({}, { replace: true }))}
          sx={{ borderBottom: 1, borderColor: 'divider', px: 2 }}
        >
          <Tab value="integrations" label={t('softphone.tabs.integrations')} />
          <Tab value="unlinked" label={t('softphone.tabs.unlinked')} />
        </Tabs>
        {tab === 'integrations' ? (
          <IntegrationsTab dialogs={dialogs} onShowUnlinked={(integration) => showUnlinked(integration.id)} />
        ) : (
          <UnlinkedCallsTab integrationId={integrationId} onIntegrationChange={showUnlinked} />
        )}
      </Paper>
    </>
  );
}
