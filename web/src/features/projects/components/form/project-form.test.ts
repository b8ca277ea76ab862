import { describe, expect, it } from 'vitest';
import type { ProjectDetail } from '@/lib/api-types';
import { emptyProjectForm, formToInput, projectFormSchema, projectToForm, serverFieldToFormPath, type ProjectFormValues } from './project-form';

const provider = { id: 1, code: 'B1', name: 'Base one' };
const moscow = { id: 10, name: 'Москва', name_en: 'Moscow', country: 'RU', region: 'Москва', timezone: 'Europe/Moscow' };

function valid(change: Partial<ProjectFormValues> = {}): ProjectFormValues {
  return { ...emptyProjectForm(), name: 'Кредитные карты', providers: [provider], geo: [moscow], ...change };
}

function issues(values: ProjectFormValues): Record<string, string> {
  const result = projectFormSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('project form validation', () => {
  it('accepts a complete project', () => {
    expect(issues(valid())).toEqual({});
  });

  it('needs a name, and an active project needs a provider and a geo', () => {
    expect(issues(valid({ name: '  ', providers: [], geo: [] }))).toEqual({
      name: 'validation.required',
      providers: 'projects.form.providersRequired',
      geo: 'projects.form.geoRequired',
    });
  });

  it('lets a paused project have no providers or geo', () => {
    expect(issues(valid({ is_active: false, providers: [], geo: [] }))).toEqual({});
  });

  it('checks the limit and the lengths', () => {
    expect(issues(valid({ daily_limit: -1 }))).toEqual({ daily_limit: 'validation.nonNegative' });
    expect(issues(valid({ daily_limit: Number.NaN }))).toEqual({ daily_limit: 'validation.integer' });
    expect(issues(valid({ daily_limit: 1.5 }))).toEqual({ daily_limit: 'validation.integer' });
    expect(issues(valid({ tag: 'x'.repeat(51) }))).toEqual({ tag: 'validation.tooLong' });
  });

  it('checks the distribution settings', () => {
    expect(issues(valid({ priority: 1001 }))).toEqual({ priority: 'projects.form.priorityRange' });
    expect(issues(valid({ priority: -1000 }))).toEqual({});
    expect(issues(valid({ priority: Number.NaN }))).toEqual({ priority: 'projects.form.priorityRange' });
    expect(issues(valid({ receive_again_after_days: '0' }))).toEqual({ receive_again_after_days: 'projects.form.daysRange' });
    expect(issues(valid({ receive_again_after_days: '3650', return_unworked_after_days: '1' }))).toEqual({});
    expect(issues(valid({ return_unworked_after_days: '3651' }))).toEqual({ return_unworked_after_days: 'projects.form.daysRange' });
    expect(issues(valid({ return_unworked_after_days: '1.5' }))).toEqual({ return_unworked_after_days: 'projects.form.daysRange' });
    expect(issues(valid({ sites: 'ok.ru\nnot a domain' }))).toEqual({ sites: 'projects.form.sitesBadLine' });
    const many = Array.from({ length: 10_001 }, (_v, i) => `s${i}.ru`).join('\n');
    expect(issues(valid({ sites: many }))).toEqual({ sites: 'projects.form.sitesTooMany' });
  });

  it("puts a schedule window's problem on that window", () => {
    const schedule = emptyProjectForm().schedule;
    schedule[4] = { enabled: true, windows: [{ start: '18:00', end: '09:00' }] };
    expect(issues(valid({ schedule }))).toEqual({ 'schedule.4.windows.0.end': 'projects.schedule.endBeforeStart' });
  });
});

describe('project form and the API', () => {
  it('sends the fields, the ids and the schedule in one body', () => {
    const schedule = emptyProjectForm().schedule;
    schedule[0] = { enabled: true, windows: [] };
    schedule[4] = { enabled: true, windows: [{ start: '10:00', end: '19:00' }] };
    const { input } = formToInput(valid({ name: ' Карты ', tag: 'nc', daily_limit: 250, schedule }));
    expect(input).toEqual({
      name: 'Карты',
      tag: 'nc',
      type: '',
      description: '',
      is_active: true,
      daily_limit: 250,
      provider_ids: [1],
      geo_ids: [10],
      schedule: [
        { weekday: 1, start_time: null, end_time: null },
        { weekday: 5, start_time: '10:00', end_time: '19:00' },
      ],
      priority: 0,
      oldest_first: false,
      sites_mode: 'include',
      sites: [],
      receive_again_after_days: null,
      return_unworked_after_days: null,
    });
  });

  it('sends the distribution settings: the sites one a line, empty days as never', () => {
    const { input } = formToInput(
      valid({
        priority: -5,
        oldest_first: true,
        sites_mode: 'exclude',
        sites: ' a.ru\r\n\nb.com \na.ru\n',
        receive_again_after_days: '30',
        return_unworked_after_days: ' ',
      }),
    );
    expect(input).toMatchObject({
      priority: -5,
      oldest_first: true,
      sites_mode: 'exclude',
      sites: ['a.ru', 'b.com'],
      receive_again_after_days: 30,
      return_unworked_after_days: null,
    });
  });

  it('reads a project into the form', () => {
    const detail = {
      name: 'P',
      tag: 't',
      type: 'Заказ',
      description: '',
      is_active: false,
      daily_limit: 5,
      providers: [provider],
      geo: [moscow],
      schedule: [{ weekday: 2, start_time: null, end_time: null }],
    } as unknown as ProjectDetail;
    const form = projectToForm(detail);
    expect(form.providers).toEqual([provider]);
    expect(form.geo).toEqual([moscow]);
    expect(form.schedule[1]).toEqual({ enabled: true, windows: [] });
    expect(form.is_active).toBe(false);
    // A server without the distribution settings: the defaults.
    expect(form).toMatchObject({ priority: 0, oldest_first: false, sites_mode: 'include', sites: '', receive_again_after_days: '' });
    const distributed = projectToForm({
      ...detail,
      priority: 7,
      oldest_first: true,
      sites_mode: 'exclude',
      sites: ['a.ru', 'b.ru'],
      receive_again_after_days: 90,
      return_unworked_after_days: null,
    });
    expect(distributed).toMatchObject({
      priority: 7,
      oldest_first: true,
      sites_mode: 'exclude',
      sites: 'a.ru\nb.ru',
      receive_again_after_days: '90',
      return_unworked_after_days: '',
    });
  });

  it("maps the server's fields onto the form's", () => {
    const sources = [
      { day: 0, window: null },
      { day: 4, window: 0 },
      { day: 4, window: 1 },
    ];
    expect(serverFieldToFormPath('name', sources)).toBe('name');
    expect(serverFieldToFormPath('daily_limit', sources)).toBe('daily_limit');
    expect(serverFieldToFormPath('provider_ids', sources)).toBe('providers');
    expect(serverFieldToFormPath('geo_ids', sources)).toBe('geo');
    expect(serverFieldToFormPath('schedule', sources)).toBe('schedule');
    expect(serverFieldToFormPath('schedule[0]', sources)).toBe('schedule.0.enabled');
    expect(serverFieldToFormPath('schedule[2].start_time', sources)).toBe('schedule.4.windows.1.start');
    expect(serverFieldToFormPath('schedule[1].end_time', sources)).toBe('schedule.4.windows.0.end');
    expect(serverFieldToFormPath('schedule[1]', sources)).toBe('schedule.4.windows.0.end');
    expect(serverFieldToFormPath('schedule[9].weekday', sources)).toBe('schedule');
    expect(serverFieldToFormPath('priority', sources)).toBe('priority');
    expect(serverFieldToFormPath('return_unworked_after_days', sources)).toBe('return_unworked_after_days');
    expect(serverFieldToFormPath('sites', sources)).toBe('sites');
    expect(serverFieldToFormPath('sites[41]', sources)).toBe('sites');
    expect(serverFieldToFormPath('cursor', sources)).toBeNull();
  });
});
