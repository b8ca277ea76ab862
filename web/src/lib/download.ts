// Downloads a file the API only gives with the Authorization header (an export, an import's
// error report): fetched through the api client (token, refresh on 401), kept as a Blob, and
// saved under the name the server gave in Content-Disposition.

import { api, type ApiClient } from './api-client';

/**
 * The file name of a Content-Disposition header: the UTF-8 `filename*` (RFC 5987) when given,
 * else `filename`; null when there is none.
 */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^;]+)/i.exec(header)?.[1]?.trim();
  if (extended) {
    const match = /^([\w-]+)'[^']*'(.*)$/.exec(extended.replace(/^"|"$/g, ''));
    if (match?.[2] !== undefined) {
      try {
        const name =
          match[1]?.toLowerCase() === 'utf-8'
            ? decodeURIComponent(match[2])
            : match[2].replace(/%([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        if (name) return safeName(name);
      } catch {
        // A broken encoding: the plain name below will do.
      }
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header)?.[1];
  if (quoted !== undefined) return quoted ? safeName(quoted.replace(/\\(.)/g, '$1')) : null;
  const token = /filename\s*=\s*([^;\s]+)/i.exec(header)?.[1];
  return token ? safeName(token) : null;
}

/** No folders in a name the server gave. */
function safeName(name: string): string {
  return name.replace(/[\\/]/g, '_');
}

/** Hands a Blob to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click's task is over.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/**
 * GETs `path` with the session's token and returns the file and its name; `headers` go along
 * (e.g. Accept-Language for a file written in the user's language).
 */
export async function fetchFile(
  path: string,
  fallbackName: string,
  client: Pick<ApiClient, 'response'> = api,
  headers: Record<string, string> = {},
): Promise<DownloadedFile> {
  const response = await client.response('GET', path, { headers: { Accept: '*/*', ...headers } });
  const filename = filenameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName;
  return { blob: await response.blob(), filename };
}

/** Fetches `path` and saves it; resolves with the name it was saved under. */
export async function downloadFile(
  path: string,
  fallbackName: string,
  client?: Pick<ApiClient, 'response'>,
  headers?: Record<string, string>,
): Promise<string> {
  const file = await fetchFile(path, fallbackName, client, headers);
  saveBlob(file.blob, file.filename);
  return file.filename;
}
