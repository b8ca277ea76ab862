import { useProject } from '../api/get-project';

/** A project's name by its id ("#12" until known, or when it is gone). */
export function ProjectName({ id }: { id: number }) {
  const project = useProject(id);
  return <>{project.data?.name ?? `#${id}`}</>;
}
