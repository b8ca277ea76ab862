import { useParams } from 'react-router-dom';
import { NotFoundScreen } from '@/components/errors/StatusScreens';
import { useCan } from '@/features/auth';
import { RequirePermission } from '@/features/auth/components/RequirePermission';
import { ProjectConversionPage } from '@/features/conversion';

/** One project's conversion; "Пересчитать" with conversion.manage (administrators). */
export function ConversionProjectRoute() {
  const { id } = useParams();
  const can = useCan();
  const projectId = id && /^[1-9][0-9]{0,15}$/.test(id) ? Number(id) : null;
  return (
    <RequirePermission permission="conversion.read">
      {projectId === null ? (
        <NotFoundScreen />
      ) : (
        <ProjectConversionPage key={projectId} projectId={projectId} canRecalculate={can('conversion.manage')} />
      )}
    </RequirePermission>
  );
}

export { ConversionProjectRoute as Component };
