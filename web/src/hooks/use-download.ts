import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/download';

/** Saves a file the API gives only with the session's token; resolves with the name it got. */
export function useDownload() {
  return useMutation({
    mutationFn: ({ path, fallbackName, headers }: { path: string; fallbackName: string; headers?: Record<string, string> }) =>
      downloadFile(path, fallbackName, undefined, headers),
  });
}
