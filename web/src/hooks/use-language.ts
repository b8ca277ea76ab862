import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '@/lib/i18n';

/** The chosen language and a way to change it (kept in localStorage by lib/i18n). */
export function useLanguage(): { language: Language; setLanguage: (next: Language) => void } {
  const { i18n } = useTranslation();
  const setLanguage = useCallback(
    (next: Language) => {
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { language: currentLanguage(i18n), setLanguage };
}
