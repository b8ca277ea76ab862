import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n';
import { cronText } from './cron-text';
import { fileReasonText, hostAddress, testErrorText } from './sftp-text';

const ru = createI18n('ru').t;
const en = createI18n('en').t;

describe('cron expressions in words', () => {
  it.each([
    ['@daily', 'каждый день в 00:00'],
    ['@HOURLY', 'каждый час'],
    ['0 6 * * *', 'каждый день в 06:00'],
    ['30 6 * * 1-5', 'по будням в 06:30'],
    ['0 6,18 * * *', 'каждый день в 06:00, 18:00'],
    ['15 9 * * mon,wed,fri', 'Пн, Ср, Пт в 09:15'],
    ['0 10 * * 0', 'Вс в 10:00'],
    ['0 10 * * 6-7', 'Сб, Вс в 10:00'],
    ['0 0 * * 0-6', 'каждый день в 00:00'],
    ['*/15 * * * *', 'каждые 15 мин'],
    ['5 * * * *', 'каждый час в 05 мин'],
    ['0 */2 * * *', 'каждые 2 ч в 00 мин'],
    ['0 3 1 * *', '1-го числа каждого месяца в 03:00'],
  ])('%s → %s', (expression, words) => {
    expect(cronText(expression, ru, 'ru')).toBe(words);
  });

  it('says nothing of shapes it does not know (the next runs do)', () => {
    for (const expression of ['0 6 * 1 *', '0 6 1 * 1', '0 6 * * 1/2', '1-5 6 * * *', '@reboot', '0 6 * *', '61 6 * * *']) {
      expect(cronText(expression, ru, 'ru')).toBeNull();
    }
  });

  it('speaks English too', () => {
    expect(cronText('30 6 * * 1-5', en, 'en')).toBe('on weekdays at 06:30');
    expect(cronText('0 9 * * sat', en, 'en')).toBe('Sat at 09:00');
  });
});

describe("the SFTP feeds' server words", () => {
  it("translates why a file was skipped or not taken, and keeps what it does not know", () => {
    expect(fileReasonText('already_imported', ru)).toBe('уже загружен');
    expect(fileReasonText('still_being_written', ru)).toBe('ещё записывается');
    expect(fileReasonText('not_a_file', ru)).toBe('не файл');
    expect(fileReasonText('no_match', ru)).toBe('не подходит под маску');
    expect(fileReasonText('unreadable: not an XLSX file', ru)).toBe('не читается: это не файл XLSX');
    expect(fileReasonText('not moved to processed/: cannot rename /in/a.csv: permission denied', ru)).toBe(
      'не перенесён в processed/: cannot rename /in/a.csv: нет доступа',
    );
    expect(fileReasonText('something_new', ru)).toBe('something_new');
    expect(fileReasonText('still_being_written', en)).toBe('still being written');
  });

  it('tells what a connection test met by its code', () => {
    expect(testErrorText({ code: 'CONNECT_FAILED', message: 'cannot connect to x:22: refused' }, ru)).toBe(
      'Не удалось подключиться: сервер недоступен, отказал в соединении или не ответил вовремя',
    );
    expect(testErrorText({ code: 'NOT_FOUND', message: '' }, ru)).toBe('На сервере нет такой папки');
    expect(testErrorText({ code: 'PERMISSION_DENIED', message: '' }, en)).toBe('No permission to read the directory');
    expect(testErrorText({ code: 'OTHER', message: 'the SFTP session did not start' }, ru)).toBe('сеанс SFTP не начался');
  });

  it("translates a run's errors", async () => {
    const { translateServerMessage } = await import('@/lib/server-messages');
    expect(translateServerMessage('the remote file /exchange/in/a.csv does not exist', ru)).toBe('файла /exchange/in/a.csv нет на сервере');
    expect(translateServerMessage('cannot connect to sftp.example:22: Connection refused', ru)).toBe(
      'не удалось подключиться к sftp.example:22: Connection refused',
    );
    expect(translateServerMessage('must be between 1 and 65535', ru)).toBe('должно быть от 1 до 65535');
    expect(translateServerMessage('config_id: no such host', ru)).toBe('config_id: нет такого сервера');
  });

  it('writes the port only when it is not 22', () => {
    expect(hostAddress({ host: 'sftp.example', port: 22 })).toBe('sftp.example');
    expect(hostAddress({ host: 'sftp.example', port: 2222 })).toBe('sftp.example:2222');
  });
});
