import { buildQuery } from '@/lib/api-client';
import type { ConversionExportParams } from '@/lib/api-types';

/**
 * The path of the summary's file (GET /conversion/summary/export): the file itself comes back,
 * so it is downloaded with the session's token (hooks/use-download), not opened as a link.
 */
export function conversionExportPath(params: ConversionExportParams): string {
  return `/api/v1/conversion/summary/export${buildQuery({ ...params })}`;
}

/** The name to save under when the server gives none in Content-Disposition. */
export function conversionExportFallbackName(params: ConversionExportParams): string {
  const range = params.date_from && params.date_to ? `-${params.date_from}-${params.date_to}` : '';
  return `conversion${range}.${params.format ?? 'csv'}`;
}
