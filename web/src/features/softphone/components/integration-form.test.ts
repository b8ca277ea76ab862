import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n';
import {
  integrationCreateInput,
  integrationDefaults,
  integrationFieldOf,
  integrationSchema,
  integrationUpdateInput,
  type IntegrationForm,
} from './integration-form';
import { integrationOf, STATUSES } from './test-fixtures';

const ru = createI18n('ru').t;

function issues(form: IntegrationForm): Record<string, string> {
  const result = integrationSchema.safeParse(form);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), ru(i.message as 'validation.required')]));
}

describe('the integration form', () => {
  it('starts a new one with the outcomes the server would set', () => {
    const form = integrationDefaults(null, STATUSES);
    expect(form.outcomes).toEqual({ answered: 2, no_answer: 3, busy: 3, failed: '' });
    expect(form).toMatchObject({ isNew: true, kind: 'zadarma', is_active: true, extensions: [] });
  });

  it('asks a new one for its keys, and checks extensions', () => {
    const form = { ...integrationDefaults(null, STATUSES), kind: 'mango' as const, name: ' ', api_key: 'short' };
    form.extensions = [
      { extension: '101', user_id: 7 },
      { extension: '101', user_id: null },
      { extension: '', user_id: 8 },
    ];
    form.api_url = 'ftp://x';
    expect(issues(form)).toEqual({
      name: 'Заполните поле',
      api_key: 'От 8 до 500 символов',
      api_salt: 'Заполните поле',
      api_url: 'Адрес вида https://…',
      'extensions.1.extension': 'Этот внутренний номер уже есть',
      'extensions.1.user_id': 'Заполните поле',
      'extensions.2.extension': 'Заполните поле',
    });
  });

  it('keeps the stored keys when editing leaves them empty, and wants them all when one is typed', () => {
    const mango = integrationOf(2, { kind: 'mango' });
    const form = { ...integrationDefaults(mango, STATUSES) };
    expect(issues(form)).toEqual({});
    expect(integrationUpdateInput(form, mango)).toEqual({});
    expect(issues({ ...form, api_salt: 'new-salt-123' })).toEqual({ api_key: 'Ключи заменяются вместе: введите и этот' });
    expect(integrationUpdateInput({ ...form, api_key: 'key-12345', api_salt: 'salt-12345' }, mango)).toEqual({
      secrets: { api_key: 'key-12345', api_salt: 'salt-12345' },
    });
  });

  it('sends only what changed', () => {
    const zadarma = integrationOf(1);
    const form = integrationDefaults(zadarma, STATUSES);
    expect(form.extensions).toEqual([{ extension: '101', user_id: 7 }]);
    expect(form.outcomes).toEqual({ answered: 2, no_answer: 3, busy: 3, failed: '' });
    const changed: IntegrationForm = {
      ...form,
      name: 'Офис',
      is_active: false,
      extensions: [...form.extensions, { extension: '102', user_id: 8 }],
      outcomes: { ...form.outcomes, failed: 3 },
      api_url: 'https://api.zadarma.com',
    };
    expect(integrationUpdateInput(changed, zadarma)).toEqual({
      name: 'Офис',
      is_active: false,
      extensions: { '101': 7, '102': 8 },
      outcomes: { answered: 2, no_answer: 3, busy: 3, failed: 3 },
      api_url: 'https://api.zadarma.com',
    });
    // The project for unknown phones: chosen, then cleared (null is sent: leave such calls unlinked).
    expect(integrationUpdateInput({ ...form, unlinked_project_id: 5 }, zadarma)).toEqual({ unlinked_project_id: 5 });
    expect(integrationUpdateInput(form, { ...zadarma, unlinked_project_id: 5 })).toEqual({ unlinked_project_id: null });
  });

  it('creates with the keys of its kind only', () => {
    const form: IntegrationForm = { ...integrationDefaults(null, STATUSES), name: 'АТС', kind: 'numbase', secret: 'secret-123', api_key: 'left-over-from-zadarma' };
    expect(integrationCreateInput(form)).toEqual({
      name: 'АТС',
      kind: 'numbase',
      secrets: { secret: 'secret-123' },
      extensions: {},
      outcomes: { answered: 2, no_answer: 3, busy: 3, failed: null },
      is_active: true,
    });
  });

  it("puts the server's issues under their fields", () => {
    const form = { ...integrationDefaults(integrationOf(1), STATUSES) };
    const fieldOf = integrationFieldOf(form);
    expect(fieldOf('secrets.api_key')).toBe('api_key');
    expect(fieldOf('secrets')).toBe('secret');
    expect(fieldOf('extensions.101')).toBe('extensions.0.user_id');
    expect(fieldOf('extensions.999')).toBeNull();
    expect(fieldOf('outcomes.busy')).toBe('outcomes.busy');
    expect(fieldOf('name')).toBe('name');
    expect(fieldOf('token')).toBeNull();
  });
});
