import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { DictionariesPage } from '@/features/dictionaries/components/DictionariesPage';
import { DICTIONARY_MANAGE_PERMISSIONS } from '../layout/menu';

export function DictionariesRoute() {
  return (
    <RequirePermission permission={DICTIONARY_MANAGE_PERMISSIONS}>
      <DictionariesPage />
    </RequirePermission>
  );
}

export { DictionariesRoute as Component };
