import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Import, ImportColumn, ImportOutsideGeo, ImportTarget } from '@/lib/api-types';
import type { Language } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';
import { uploadForm, type UploadProgress } from '@/lib/upload';

export interface StartImportInput {
  file: File;
  /** "pool": into the pool the distribution hands out from (no project); a project by default. */
  target?: ImportTarget;
  /** The project; ignored for the pool. */
  projectId: number | null;
  /** Into a project: numbers outside its geo are imported ("import", the default) or go to the pool. */
  outsideGeo?: ImportOutsideGeo;
  providerId: number | null;
  geoId: number | null;
  /** Country for numbers without a country code, e.g. "RU". */
  region: string;
  /** Only when the user changed the recognized mapping. */
  columns: ImportColumn[] | null;
  /** The language of the error report (the UI's); the server's default is Russian. */
  language?: Language;
}

/** The multipart form of POST /imports; the file goes last, so the fields are read before it streams. */
export function importFormData(input: StartImportInput): FormData {
  const form = new FormData();
  if (input.target === 'pool') form.append('target', 'pool');
  else {
    if (input.projectId !== null) form.append('project_id', String(input.projectId));
    form.append('outside_geo', input.outsideGeo ?? 'import');
  }
  if (input.providerId !== null) form.append('provider_id', String(input.providerId));
  if (input.geoId !== null) form.append('geo_id', String(input.geoId));
  form.append('region', input.region.trim().toUpperCase());
  if (input.columns) form.append('columns', JSON.stringify(input.columns));
  if (input.language) form.append('language', input.language);
  form.append('file', input.file, input.file.name);
  return form;
}

/** Uploads the file (with progress) and queues the import; the answer names its job. */
export function startImport(input: StartImportInput, onProgress?: (p: UploadProgress) => void, signal?: AbortSignal): Promise<Import> {
  return uploadForm<Import>({ path: '/api/v1/imports', form: importFormData(input), onProgress, signal });
}

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, onProgress, signal }: { input: StartImportInput; onProgress?: (p: UploadProgress) => void; signal?: AbortSignal }) =>
      startImport(input, onProgress, signal),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.imports.lists() }),
  });
}
