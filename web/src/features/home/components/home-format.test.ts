import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n';
import { formatBusinessDay, formatCallbackTime } from './home-format';

const ru = createI18n('ru').t;
const en = createI18n('en').t;

describe('home formats', () => {
  const now = new Date(2026, 11, 3, 10, 0);

  it('writes the next callback as a time with its day in words', () => {
    expect(formatCallbackTime(new Date(2026, 11, 3, 14, 30).toISOString(), 'ru', ru, now)).toEqual({ time: '14:30', day: 'сегодня' });
    expect(formatCallbackTime(new Date(2026, 11, 4, 9, 5).toISOString(), 'ru', ru, now)).toEqual({ time: '09:05', day: 'завтра' });
    expect(formatCallbackTime(new Date(2026, 11, 10, 9, 5).toISOString(), 'ru', ru, now)).toEqual({ time: '09:05', day: '10.12.2026' });
    expect(formatCallbackTime(new Date(2026, 11, 4, 9, 5).toISOString(), 'en', en, now)).toEqual({ time: '09:05', day: 'tomorrow' });
  });

  it('names the business day', () => {
    expect(formatBusinessDay('2026-12-03', 'ru')).toBe('четверг, 3 декабря');
    expect(formatBusinessDay('2026-12-03', 'en')).toBe('Thursday 3 December');
  });
});
