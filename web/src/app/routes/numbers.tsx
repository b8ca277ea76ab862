import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/PageHeader';
import { useMe } from '@/features/auth/api/get-me';
import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { useNumberStatuses } from '@/features/dictionaries/api/get-number-statuses';
import { useProviders } from '@/features/dictionaries/api/get-providers';
import { NumbersScreen } from '@/features/numbers/components/NumbersScreen';
import { ProjectPicker } from '@/features/projects/components/ProjectPicker';
import { hasPermission } from '@/lib/permissions';

/** Composes the numbers screen with the dictionaries and the project chooser of other features. */
export function NumbersRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const permissions = me.data?.permissions;
  const statuses = useNumberStatuses();
  const providers = useProviders();
  return (
    <RequirePermission permission="phone_numbers.read">
      <PageHeader title={t('numbers.title')} />
      <NumbersScreen
        statuses={statuses.data ?? []}
        providers={providers.data ?? []}
        canEdit={hasPermission(permissions, 'phone_numbers.update')}
        renderProjectFilter={(props) =>
          hasPermission(permissions, 'projects.read') ? <ProjectPicker {...props} /> : null
        }
      />
    </RequirePermission>
  );
}

export { NumbersRoute as Component };
