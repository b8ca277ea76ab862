import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { FileKind, ImportPreview } from '@/lib/api-types';

/** What the name says the file is; null when it says nothing we read (the server still may). */
export function fileKindOf(file: Pick<File, 'name' | 'type'>): FileKind | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.xls')) return 'xls';
  if (name.endsWith('.csv') || name.endsWith('.txt') || name.endsWith('.tsv')) return 'csv';
  if (file.type === 'text/csv' || file.type.startsWith('text/')) return 'csv';
  return null;
}

export const PREVIEW_BYTES = 1 << 20;

/**
 * What the preview is sent: the first 1 MiB of a CSV (the server shows the first rows and
 * ignores a record cut at the end), a spreadsheet whole (its rows are at the end of a zip or
 * spread through a compound file).
 */
export function previewPart(file: File): Blob {
  return fileKindOf(file) === 'csv' && file.size > PREVIEW_BYTES ? file.slice(0, PREVIEW_BYTES) : file;
}

/** POST /imports/preview: the detected format, encoding, delimiter, header, mapping and first rows. */
export function previewImport(file: File, signal?: AbortSignal): Promise<ImportPreview> {
  const form = new FormData();
  form.append('file', previewPart(file), file.name);
  return api.post<ImportPreview>('/api/v1/imports/preview', form, { signal });
}

export function usePreviewImport() {
  return useMutation({ mutationFn: (file: File) => previewImport(file) });
}
