import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatClockDuration,
  formatNumber,
  formatPercent,
  formatPhone,
  formatRelativeTime,
  formatRubles,
  formatUtcOffset,
  formatWeekdays,
  splitDuration,
} from './format';

describe('formatWeekdays', () => {
  it('writes ISO weekdays as short Russian names in week order', () => {
    expect(formatWeekdays([1, 2, 3, 5, 6], 'ru')).toBe('Пн Вт Ср Пт Сб');
    expect(formatWeekdays([7, 1], 'ru')).toBe('Пн Вс');
  });

  it('writes them in English', () => {
    expect(formatWeekdays([1, 2, 3, 4, 5, 6, 7], 'en')).toBe('Mon Tue Wed Thu Fri Sat Sun');
  });

  it('drops repeats and values that are not weekdays', () => {
    expect(formatWeekdays([3, 3, 0, 8, 2.5, 1], 'en')).toBe('Mon Wed');
    expect(formatWeekdays([], 'ru')).toBe('');
  });
});

describe('formatNumber', () => {
  it('groups digits as each language does', () => {
    // Russian groups with a (narrow) no-break space.
    expect(formatNumber(10234567, 'ru').replace(/\s/g, ' ')).toBe('10 234 567');
    expect(formatNumber(10234567, 'en')).toBe('10,234,567');
  });
});

describe('formatPercent', () => {
  it('writes a share as each language does, with the digits asked for', () => {
    expect(formatPercent(0.45, 'ru').replace(/\s/g, ' ')).toBe('45 %');
    expect(formatPercent(0.45, 'en')).toBe('45%');
    expect(formatPercent(26 / 83, 'ru', 2).replace(/\s/g, ' ')).toBe('31,33 %');
    expect(formatPercent(26 / 83, 'en', 2)).toBe('31.33%');
    expect(formatPercent(0, 'ru', 2).replace(/\s/g, ' ')).toBe('0 %');
  });
});

describe('formatRubles', () => {
  it('writes rubles with kopecks', () => {
    expect(formatRubles(1500.5, 'ru').replace(/\s/g, ' ')).toBe('1 500,50 ₽');
    expect(formatRubles(1500.5, 'en')).toBe('₽1,500.50');
  });
});

describe('formatBytes', () => {
  it('picks the unit and writes it in the language', () => {
    expect(formatBytes(512, 'ru')).toBe('512 байт');
    expect(formatBytes(512, 'en')).toBe('512 bytes');
    expect(formatBytes(1536, 'ru')).toBe('1,5 кБ');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(5 * 1024 * 1024, 'ru')).toBe('5 МБ');
    expect(formatBytes(300 * 1024 * 1024 + 1, 'en')).toBe('300 MB');
  });
});

describe('splitDuration', () => {
  it('uses seconds under a minute and whole minutes above', () => {
    expect(splitDuration(45)).toEqual({ unit: 'seconds', count: 45 });
    expect(splitDuration(0.2)).toEqual({ unit: 'seconds', count: 1 });
    expect(splitDuration(847)).toEqual({ unit: 'minutes', count: 15 });
  });
});

describe('formatUtcOffset', () => {
  it('writes a time zone as its offset from UTC', () => {
    const winter = new Date('2026-01-15T12:00:00Z');
    expect(formatUtcOffset('Europe/Moscow', winter)).toBe('UTC+3');
    expect(formatUtcOffset('Asia/Kolkata', winter)).toBe('UTC+5:30');
    expect(formatUtcOffset('Etc/UTC', winter)).toBe('UTC+0');
  });

  it('gives nothing for an unknown zone', () => {
    expect(formatUtcOffset('Nowhere/City')).toBe('');
  });
});

describe('formatPhone', () => {
  it('groups a Russian number for reading', () => {
    expect(formatPhone('+79161234567')).toBe('+7 916 123-45-67');
    expect(formatPhone('+74951234567')).toBe('+7 495 123-45-67');
  });

  it('reads 8… and 7… without a plus as +7', () => {
    expect(formatPhone('89161234567')).toBe('+7 916 123-45-67');
    expect(formatPhone('79161234567')).toBe('+7 916 123-45-67');
  });

  it("keeps other countries' digits, grouped after the country code", () => {
    expect(formatPhone('+375291234567')).toBe('+375 29 123-45-67');
    expect(formatPhone('+442071234567')).toBe('+44 207 123-45-67');
    expect(formatPhone('+12125550123')).toBe('+1 212 555-01-23');
    expect(formatPhone('+8613812345678')).toBe('+86 1381 234-56-78');
    expect(formatPhone('+35312345678')).toBe('+353 1 234-56-78');
    expect(formatPhone('+3726123456')).toBe('+372 612-34-56');
    expect(formatPhone('+35312345')).toBe('+353 123 45');
  });

  it('returns what it cannot read as it is', () => {
    expect(formatPhone('12345')).toBe('12345');
    expect(formatPhone('')).toBe('');
    expect(formatPhone('+7 916')).toBe('+7 916');
  });
});

describe('formatRelativeTime', () => {
  const now = new Date('2026-03-02T12:00:00Z');
  it('says how long ago in the language', () => {
    expect(formatRelativeTime('2026-03-02T11:55:00Z', 'ru', now)).toBe('5 минут назад');
    expect(formatRelativeTime('2026-03-02T11:55:00Z', 'en', now)).toBe('5 minutes ago');
    expect(formatRelativeTime('2026-03-02T09:00:00Z', 'ru', now)).toBe('3 часа назад');
    expect(formatRelativeTime('2026-03-01T12:00:00Z', 'en', now)).toBe('yesterday');
    expect(formatRelativeTime('2026-03-02T11:59:58Z', 'en', now)).toBe('2 seconds ago');
    expect(formatRelativeTime(null, 'ru', now)).toBe('');
  });
});

describe('formatClockDuration', () => {
  it('writes minutes and seconds, and hours when there are any', () => {
    expect(formatClockDuration(0)).toBe('0:00');
    expect(formatClockDuration(42)).toBe('0:42');
    expect(formatClockDuration(725)).toBe('12:05');
    expect(formatClockDuration(3723)).toBe('1:02:03');
  });
});
