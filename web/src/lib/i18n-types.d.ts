import 'i18next';
import type { ru } from '@/locales/ru';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // serverMessages (lib/server-messages.ts looks its keys up itself) is left out of the typed keys:
    // with it the key union gets too large for the compiler ("excessively deep").
    resources: { translation: Omit<typeof ru, 'serverMessages'> };
  }
}
