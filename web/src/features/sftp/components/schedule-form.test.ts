import { describe, expect, it } from 'vitest';
import { scheduleCreateInput, scheduleDefaults, scheduleFieldOf, scheduleSchema, scheduleUpdateInput, templateForFormat } from './schedule-form';
import { hostDefaults, hostSchema, hostUpdateInput } from './host-form';
import { hostOf, scheduleOf } from './test-fixtures';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('the schedule form', () => {
  it('needs the host, a path, and the project or the pool\'s supplier', () => {
    const form = { ...scheduleDefaults(null), name: 'Ночной' };
    expect(issues(scheduleSchema.safeParse(form))).toEqual({
      config_id: 'validation.required',
      remote_path: 'validation.required',
      project_id: 'sftp.scheduleDialog.import.projectRequired',
    });
    expect(issues(scheduleSchema.safeParse({ ...form, config_id: 1, remote_path: 'in/*.csv', target: 'pool', region: 'ru' }))).toEqual({
      provider_id: 'sftp.scheduleDialog.import.providerRequired',
      region: 'sftp.scheduleDialog.import.regionRule',
    });
  });

  it("checks an export's file name as the server does", () => {
    const form = { ...scheduleDefaults(null), name: 'Выгрузка', config_id: 1, direction: 'export' as const };
    expect(scheduleSchema.safeParse(form).success).toBe(true);
    for (const name of ['', '.hidden.csv', 'out/numbers.csv', 'a\tb.csv']) {
      expect(issues(scheduleSchema.safeParse({ ...form, filename_template: name }))).toEqual({
        filename_template: 'sftp.scheduleDialog.export.filenameTemplateRule',
      });
    }
  });

  it("reads an export schedule back, the host's own directory as empty", () => {
    const schedule = scheduleOf(3, {
      direction: 'export',
      import: null,
      export: { filters: { project_id: 4, status_id: 2 }, format: 'xlsx', delimiter: ';', language: 'en', remote_directory: '.', filename_template: 'b1_{yyyy}.xlsx' },
    });
    const form = scheduleDefaults(schedule);
    expect(form).toMatchObject({
      direction: 'export',
      remote_directory: '',
      filter_project_id: 4,
      filter_status_id: 2,
      filter_provider_id: null,
      filter_geo_id: null,
      format: 'xlsx',
      filename_template: 'b1_{yyyy}.xlsx',
    });
    // A filter taken off goes; one added comes.
    expect(scheduleUpdateInput({ ...form, filter_project_id: null, filter_geo_id: 11 }, schedule)).toEqual({
      export: { filters: { status_id: 2, geo_id: 11 }, format: 'xlsx', delimiter: ';', language: 'en', remote_directory: '.', filename_template: 'b1_{yyyy}.xlsx' },
    });
    expect(scheduleUpdateInput(form, schedule)).toEqual({});
  });

  it("sends an export's status, supplier and geo filters, and keeps the ones the form does not show", () => {
    const form = { ...scheduleDefaults(null), name: 'Выгрузка', config_id: 1, direction: 'export' as const, filter_status_id: 4, filter_provider_id: 9, filter_geo_id: 7 };
    expect(scheduleCreateInput(form).export?.filters).toEqual({ status_id: 4, provider_id: 9, geo_id: 7 });
    const schedule = scheduleOf(3, {
      direction: 'export',
      import: null,
      export: { filters: { status_id: 4, assigned_to: 'none', phone: '913' }, format: 'csv', delimiter: ';', language: 'ru', remote_directory: 'out', filename_template: 'a.csv' },
    });
    expect(scheduleUpdateInput({ ...scheduleDefaults(schedule), filter_status_id: null, filter_provider_id: 9 }, schedule).export?.filters).toEqual({
      provider_id: 9,
      assigned_to: 'none',
      phone: '913',
    });
  });

  it('takes the columns from the header row, or as given: then one of them must be the phone', () => {
    const form = { ...scheduleDefaults(null), name: 'Ночной', config_id: 1, remote_path: 'in/*.csv', project_id: 3 };
    expect(form).toMatchObject({ columns_mode: 'header', columns: ['phone'] });
    expect(scheduleCreateInput(form).import?.columns).toBeNull();
    // The list is kept while the header is chosen, but not sent.
    expect(scheduleCreateInput({ ...form, columns: ['company'] }).import?.columns).toBeNull();
    const manual = { ...form, columns_mode: 'manual' as const, columns: ['company' as const, 'ignore' as const] };
    expect(issues(scheduleSchema.safeParse(manual))).toEqual({ columns: 'sftp.scheduleDialog.import.columns.noPhone' });
    const good = { ...manual, columns: ['company' as const, 'phone' as const, 'ignore' as const] };
    expect(scheduleSchema.safeParse(good).success).toBe(true);
    expect(scheduleCreateInput(good).import?.columns).toEqual(['company', 'phone', 'ignore']);
  });

  it('reads the columns of an import schedule back, and sends null again when the header is chosen', () => {
    const schedule = scheduleOf(4, { import: { ...scheduleOf(4).import!, columns: ['ignore', 'phone'] } });
    const form = scheduleDefaults(schedule);
    expect(form).toMatchObject({ columns_mode: 'manual', columns: ['ignore', 'phone'] });
    expect(scheduleUpdateInput(form, schedule)).toEqual({});
    expect(scheduleUpdateInput({ ...form, columns_mode: 'header' }, schedule)).toEqual({ import: { ...schedule.import, columns: null } });
    expect(scheduleUpdateInput({ ...form, columns: ['phone', 'email'] }, schedule)).toEqual({ import: { ...schedule.import, columns: ['phone', 'email'] } });
  });

  it('sends no project for the pool', () => {
    const form = { ...scheduleDefaults(null), name: 'Пул', config_id: 2, remote_path: 'x.csv', target: 'pool' as const, project_id: 7, provider_id: 3, outside_geo: 'pool' as const };
    expect(scheduleCreateInput(form).import).toMatchObject({ target: 'pool', project_id: null, provider_id: 3, outside_geo: 'import' });
  });

  it('swaps the extension of the file name with the format', () => {
    expect(templateForFormat('numbers_{yyyy-mm-dd}.csv', 'xlsx')).toBe('numbers_{yyyy-mm-dd}.xlsx');
    expect(templateForFormat('b1.XLSX', 'csv')).toBe('b1.csv');
    expect(templateForFormat('b1_export', 'xlsx')).toBe('b1_export');
  });

  it("puts the server's fields on the form's", () => {
    expect(scheduleFieldOf('cron')).toBe('cron');
    expect(scheduleFieldOf('import.provider_id')).toBe('provider_id');
    expect(scheduleFieldOf('export.filename_template')).toBe('filename_template');
    expect(scheduleFieldOf('export.filters.project_id')).toBe('filter_project_id');
    expect(scheduleFieldOf('import.columns')).toBe('columns');
    expect(scheduleFieldOf('import.columns[2]')).toBe('columns');
    expect(scheduleFieldOf('export.filters.status_id')).toBe('filter_status_id');
    expect(scheduleFieldOf('export.filters.provider_id')).toBe('filter_provider_id');
    expect(scheduleFieldOf('export.filters.geo_id')).toBe('filter_geo_id');
    expect(scheduleFieldOf('export.filters.assigned_to')).toBeNull();
  });
});

describe('the host form', () => {
  it('needs the secret of the chosen method unless one is stored', () => {
    const created = { ...hostDefaults(null), name: 'A', host: 'h', username: 'u', auth_method: 'key' as const };
    expect(issues(hostSchema.safeParse(created))).toEqual({ private_key: 'validation.required' });
    // A password host switched to a key needs the key; a key host keeps its own.
    const passwordHost = hostOf(1);
    expect(issues(hostSchema.safeParse({ ...hostDefaults(passwordHost), auth_method: 'key' }))).toEqual({ private_key: 'validation.required' });
    const keyHost = hostOf(2, { auth_method: 'key', has_password: false, has_private_key: true });
    expect(hostSchema.safeParse(hostDefaults(keyHost)).success).toBe(true);
  });

  it('sends a new secret only when typed, and only of the chosen method', () => {
    const host = hostOf(1);
    expect(hostUpdateInput(hostDefaults(host), host)).toEqual({});
    expect(hostUpdateInput({ ...hostDefaults(host), password: 'new-one', private_key: 'left over' }, host)).toEqual({ password: 'new-one' });
  });
});
