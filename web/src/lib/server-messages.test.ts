import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import { errorCodeMessage, isKnownServerMessage, translateServerMessage } from './server-messages';
import { ApiError } from './api-client';
import { describeError } from '@/components/errors/describe-error';

const ru = createI18n('ru').t;
const en = createI18n('en').t;

describe('translateServerMessage', () => {
  it('translates exact texts', () => {
    expect(translateServerMessage('is empty', ru)).toBe('пустое значение');
    expect(translateServerMessage('already exists', ru)).toBe('уже существует');
    expect(translateServerMessage('A provider with this code already exists', ru)).toBe('Поставщик с таким кодом уже существует.');
    expect(translateServerMessage('not a valid phone number', ru)).toBe('неверный номер телефона');
    expect(translateServerMessage('the row holds a NUL character or text that is not valid UTF-8', ru)).toBe(
      'в строке символ NUL или текст не в кодировке UTF-8',
    );
  });

  it('translates texts with numbers and names', () => {
    expect(translateServerMessage('must be from -1000 to 1000', ru)).toBe('должно быть от -1000 до 1000');
    expect(translateServerMessage('must be at most 50 characters', ru)).toBe('должно содержать не более 50 символов');
    expect(translateServerMessage('must be 1-255 characters', ru)).toBe('должно содержать от 1 до 255 символов');
    expect(translateServerMessage('weekday 3 is listed twice', ru)).toBe('день 3 указан дважды');
    expect(translateServerMessage('already in another project: Acme & <Co>', ru)).toBe('уже в другом проекте: Acme & <Co>');
  });

  it("translates the conversion's issues", () => {
    expect(translateServerMessage('must be on or before date_to, at most 366 days before it', ru)).toBe(
      'должно быть не позже даты «по» и не раньше её больше чем на 366 дней',
    );
    expect(translateServerMessage('geo_id: choose a supplier or a region, not both', ru)).toBe('geo_id: выберите поставщика или регион, но не оба сразу');
    expect(translateServerMessage('must be a date (YYYY-MM-DD)', ru)).toBe('должно быть датой (ГГГГ-ММ-ДД)');
    expect(translateServerMessage('the project no longer exists', ru)).toBe('проект больше не существует');
    expect(translateServerMessage('must be a date (YYYY-MM-DD)', en)).toBe('must be a date (YYYY-MM-DD)');
  });

  it('says how many projects and numbers use an entry, with Russian plurals', () => {
    expect(translateServerMessage('The provider is used by 3 projects', ru)).toBe('Поставщик используется: 3 проектами.');
    expect(translateServerMessage('The geo entry is used by 1 projects and 21 numbers', ru)).toBe('Гео используется: 1 проектом и 21 номером.');
    expect(translateServerMessage('used by 5 numbers', ru)).toBe('используется: 5 номерами');
    expect(translateServerMessage('The provider is used by 2 projects and 10 numbers', en)).toBe('The provider is used by 2 projects and 10 numbers');
    expect(translateServerMessage('The provider is used by 1 projects', en)).toBe('The provider is used by 1 project');
  });

  it('translates a server text inside another', () => {
    expect(translateServerMessage('The file cannot be read: not an XLSX file', ru)).toBe('Файл не удаётся прочитать: это не файл XLSX');
    expect(translateServerMessage('The numbering plan file cannot be loaded: line 7: От is greater than До', ru)).toBe(
      'Файл реестра нумерации не удаётся загрузить: строка 7: «От» больше «До»',
    );
    expect(translateServerMessage('schedule[2].start_time: must be a time HH:MM', ru)).toBe('schedule[2].start_time: должно быть временем ЧЧ:ММ');
  });

  it("translates the role editor's refusals", () => {
    expect(translateServerMessage('The role is held by 3 user(s): give them another role first', ru)).toBe(
      'Роль назначена пользователям (3): сначала дайте им другую роль.',
    );
    expect(translateServerMessage('A built-in role cannot be deleted', ru)).toBe('Встроенную роль удалить нельзя.');
    expect(translateServerMessage('name: a built-in role keeps its name', ru)).toBe('name: встроенная роль сохраняет своё название');
    expect(translateServerMessage('The role is held by 3 user(s): give them another role first', en)).toBe(
      'The role is held by 3 user(s): give them another role first',
    );
  });

  it("translates the SoftPhone's issues", () => {
    expect(translateServerMessage('must be 1 to 100 characters', ru)).toBe('должно содержать от 1 до 100 символов');
    expect(translateServerMessage('secrets.api_salt: is required: 8 to 500 characters', ru)).toBe('secrets.api_salt: обязательно: от 8 до 500 символов');
    expect(translateServerMessage('no PBX with click-to-call knows your extension', ru)).toBe('ни одна АТС со звонками из CRM не знает ваш внутренний номер');
    expect(translateServerMessage('must be 1 to 100 characters', en)).toBe('must be 1 to 100 characters');
    expect(errorCodeMessage('PBX_ERROR', ru)).toBe('АТС не выполнила запрос.');
  });

  it("keeps a text it does not know, and the server's words in English", () => {
    expect(translateServerMessage('something new went wrong', ru)).toBe('something new went wrong');
    expect(isKnownServerMessage('something new went wrong')).toBe(false);
    expect(translateServerMessage('is empty', en)).toBe('is empty');
    expect(translateServerMessage('must be from -1000 to 1000', en)).toBe('must be from -1000 to 1000');
  });

  it('gives a generic message for an error code', () => {
    expect(errorCodeMessage('TOO_MANY_ATTEMPTS', ru)).toBe('Слишком много неудачных попыток входа; повторите позже.');
    expect(errorCodeMessage('UNREADABLE_FILE', en)).toBe('The file cannot be read.');
    expect(errorCodeMessage('NO_SUCH_CODE', ru)).toBeNull();
  });
});

describe('describeError', () => {
  it("translates the server's message", () => {
    const error = new ApiError({ status: 409, code: 'CONFLICT', message: 'The status is used by 12 numbers' });
    expect(describeError(error, ru).message).toBe('Статус используется: 12 номерами.');
    expect(describeError(new ApiError({ status: 404, code: 'NOT_FOUND', message: 'Project not found' }), ru).message).toBe('Проект не найден.');
    expect(describeError(new ApiError({ status: 413, code: 'PAYLOAD_TOO_LARGE', message: '' }), ru).message).toBe('Запрос или файл слишком большой.');
  });
});
