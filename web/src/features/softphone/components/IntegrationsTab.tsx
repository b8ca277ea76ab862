import { Box, LinearProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useNotify } from '@/components/ui/notifications';
import type { useCrudDialogs } from '@/hooks/use-crud-dialogs';
import { useNow } from '@/hooks/use-now';
import { useIntegrations } from '../api/get-integrations';
import { useDeleteIntegration } from '../api/integration-mutations';
import type { Integration } from '../api/types';
import { IntegrationDialog } from './IntegrationDialog';
import { IntegrationsTable } from './IntegrationsTable';

export interface IntegrationsTabProps {
  /** The page's (its header has "Подключить АТС"). */
  dialogs: ReturnType<typeof useCrudDialogs<Integration>>;
  onShowUnlinked: (integration: Integration) => void;
}

/** The connected PBXs: their health, connect, change, disconnect. */
export function IntegrationsTab({ dialogs, onShowUnlinked }: IntegrationsTabProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const integrations = useIntegrations();
  const remove = useDeleteIntegration();
  const now = useNow(60_000);

  return (
    <>
      <Box sx={{ height: 4 }}>{integrations.isFetching ? <LinearProgress /> : null}</Box>
      {integrations.isError ? (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={integrations.error} onRetry={() => void integrations.refetch()} />
        </Box>
      ) : (
        <IntegrationsTable
          rows={integrations.data ?? []}
          emptyText={integrations.isPending ? t('common.loading') : t('softphone.empty')}
          now={now}
          onEdit={dialogs.openEdit}
          onDelete={dialogs.openDelete}
          onShowUnlinked={onShowUnlinked}
        />
      )}
      <IntegrationDialog
        open={dialogs.editing !== null}
        integration={dialogs.editTarget}
        onClose={dialogs.closeEdit}
        onSaved={(saved, created) => {
          if (created) {
            // Stays open on the new one: its webhook address is what the administrator needs next.
            dialogs.openEdit(saved);
            notify(t('softphone.created', { name: saved.name }));
          } else {
            dialogs.closeEdit();
            notify(t('softphone.saved', { name: saved.name }));
          }
        }}
      />
      <ConfirmDialog
        open={dialogs.deleting !== null}
        title={t('softphone.deleteTitle')}
        text={t('softphone.deleteText', { name: dialogs.deleting?.name ?? '' })}
        confirmLabel={t('softphone.deleteConfirm')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onClose={() => {
          remove.reset();
          dialogs.closeDelete();
        }}
        onConfirm={() => {
          const target = dialogs.deleting;
          if (!target) return;
          remove.mutate(target.id, {
            onSuccess: () => {
              dialogs.closeDelete();
              notify(t('softphone.deleted', { name: target.name }));
            },
          });
        }}
      />
    </>
  );
}
