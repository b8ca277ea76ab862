import { useEffect } from 'react';

/** "Мои сделки — numbase" in the browser tab. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} — numbase` : 'numbase';
  }, [title]);
}
