import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { useLanguage } from '@/hooks/use-language';
import { formatWeekdays } from '@/lib/format';
import { createI18n, LANGUAGE_STORAGE_KEY, readStoredLanguage } from '@/lib/i18n';
import { LanguageSwitch } from './LanguageSwitch';

function Probe() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <>
      <h1>{t('nav.numbers')}</h1>
      <p data-testid="weekdays">{formatWeekdays([1, 3, 5], language)}</p>
    </>
  );
}

function renderWith(language?: 'ru' | 'en') {
  const i18n = createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <LanguageSwitch />
      <Probe />
    </I18nextProvider>,
  );
  return i18n;
}

describe('language switch', () => {
  it('starts in Russian when nothing is stored', () => {
    expect(readStoredLanguage()).toBe('ru');
    renderWith();
    expect(screen.getByRole('heading')).toHaveProperty('textContent', 'Мои сделки');
    expect(screen.getByTestId('weekdays').textContent).toBe('Пн Ср Пт');
    expect(screen.getByRole('button', { name: 'Русский' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches every label to English, and back, remembering the choice', async () => {
    const user = userEvent.setup();
    const i18n = renderWith('ru');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading').textContent).toBe('My deals');
    expect(screen.getByTestId('weekdays').textContent).toBe('Mon Wed Fri');
    expect(i18n.language).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(readStoredLanguage()).toBe('en');

    await user.click(screen.getByRole('button', { name: 'Русский' }));
    expect(screen.getByRole('heading').textContent).toBe('Мои сделки');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ru');
  });

  it('ignores a stored value that is not a language', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(readStoredLanguage()).toBe('ru');
  });
});
