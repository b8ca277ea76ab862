import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { ConversionPage } from '@/features/conversion';

/** "Конверсия проектов": administrators see every project, managers theirs (the server decides). */
export function ConversionRoute() {
  return (
    <RequirePermission permission="conversion.read">
      <ConversionPage />
    </RequirePermission>
  );
}

export { ConversionRoute as Component };
