// A small client of the REST API for seeding test data and checking what the server has,
// signed in as one user (the administrator, in the fixtures).

import type { APIRequest, APIRequestContext, APIResponse } from '@playwright/test';

export interface Tokens {
  access_token: string;
  refresh_token: string;
}

export interface ListPage<T> {
  data: T[];
}

export interface Provider {
  id: number;
  code: string;
  name: string;
  contact?: string | null;
}

export interface Geo {
  id: number;
  name: string;
  region?: string | null;
  city?: string | null;
  timezone?: string | null;
}

export interface ScheduleEntry {
  weekday: number;
  start_time?: string | null;
  end_time?: string | null;
}

export interface Project {
  id: number;
  name: string;
  tag?: string | null;
  type?: string | null;
  daily_limit?: number | null;
  is_active?: boolean;
  priority?: number | null;
  provider_ids: number[];
  geo_ids: number[];
  schedule: ScheduleEntry[];
  deleted_at?: string | null;
}

export interface PhoneNumber {
  id: number;
  phone_number: string;
  project_id?: number | null;
  company?: string | null;
  comment?: string | null;
  status_code?: string | null;
  assigned_to?: number | null;
  reminder_at?: string | null;
}

export interface ProjectMember {
  user_id: number;
}

export interface User {
  id: number;
  username: string;
  role: string;
  status: string;
}

/** Everything the browser tests expect to find (made by `seed`, before the tests). */
export interface SeedData {
  suffix: string;
  provider: Provider;
  geo: Geo;
  project: Project;
  otherProject: Project;
  pagingProject: Project;
  bulkProject: Project;
  /** Deleted through the API; stays in "Удалённые проекты". */
  deletedProject: Project;
  /** Deleted through the API with three numbers, to be deleted for good. */
  purgeProject: Project;
  numbers: PhoneNumber[];
  manager: User;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export class SeedApi {
  private token: string;

  private constructor(
    private readonly context: APIRequestContext,
    private readonly username: string,
    private readonly password: string,
    tokens: Tokens,
  ) {
    this.token = tokens.access_token;
  }

  /** A client signed in as this user (its own session). */
  static async signIn(request: APIRequest, baseURL: string, username: string, password: string): Promise<SeedApi> {
    const context = await request.newContext({ baseURL, extraHTTPHeaders: { Accept: 'application/json' } });
    const tokens = await login(context, username, password);
    return new SeedApi(context, username, password, tokens);
  }

  async dispose(): Promise<void> {
    await this.context.dispose();
  }

  /** A new session of a user, for a browser to sign in with (the client's own is not shared). */
  session(username: string, password: string): Promise<Tokens> {
    return login(this.context, username, password);
  }

  /** A JSON request; throws on anything but 2xx. A 401 (the access token expired) signs in again once. */
  async call<T = unknown>(method: Method, path: string, body?: unknown): Promise<T> {
    let response = await this.send(method, path, body);
    if (response.status() === 401) {
      this.token = (await login(this.context, this.username, this.password)).access_token;
      response = await this.send(method, path, body);
    }
    return parse<T>(response, `${method} ${path}`);
  }

  /** The status of a request, whatever it is. */
  async status(method: Method, path: string): Promise<number> {
    return (await this.send(method, path)).status();
  }

  /** A multipart request (imports): `fields` are strings, `file` is {name, type, text}. */
  async upload<T = unknown>(path: string, fields: Record<string, string | number>, file: { name: string; type?: string; text: string }): Promise<T> {
    const multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = {};
    for (const [key, value] of Object.entries(fields)) multipart[key] = String(value);
    multipart.file = { name: file.name, mimeType: file.type ?? 'text/csv', buffer: Buffer.from(file.text) };
    const response = await this.context.post(path, { headers: { Authorization: `Bearer ${this.token}` }, multipart });
    return parse<T>(response, `POST ${path} (multipart)`);
  }

  private send(method: Method, path: string, body?: unknown): Promise<APIResponse> {
    return this.context.fetch(path, {
      method,
      headers: { Authorization: `Bearer ${this.token}` },
      ...(body === undefined ? {} : { data: body }),
    });
  }
}

async function login(context: APIRequestContext, username: string, password: string): Promise<Tokens> {
  const response = await context.post('/api/v1/auth/login', { data: { username, password } });
  return parse<Tokens>(response, `POST /api/v1/auth/login as ${username}`);
}

async function parse<T>(response: APIResponse, what: string): Promise<T> {
  const text = await response.text();
  if (!response.ok()) throw new Error(`${what} → ${response.status()}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Creates everything the browser tests expect to find, as the administrator. */
export async function seed(api: SeedApi, { managerPassword }: { managerPassword: string }): Promise<SeedData> {
  const suffix = Date.now().toString(36).slice(-4);
  const provider = await api.call<Provider>('POST', '/api/v1/providers', { code: `E2E${suffix}`, name: 'E2E provider' });
  const geo = (await api.call<ListPage<Geo>>('GET', '/api/v1/geo?country=RU&search=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0&limit=5')).data;
  const geoEntry = geo[0] ?? (await api.call<ListPage<Geo>>('GET', '/api/v1/geo?country=RU&limit=5')).data[0];
  if (!geoEntry) throw new Error('no geo entry for RU');

  const project = await api.call<Project>('POST', '/api/v1/projects', {
    name: `E2E Кредитные карты ${suffix}`,
    tag: 'e2e',
    type: 'Заказ',
    daily_limit: 500,
    is_active: true,
    provider_ids: [provider.id],
    geo_ids: [geoEntry.id],
    schedule: [{ weekday: 1 }, { weekday: 2 }, { weekday: 3 }, { weekday: 5, start_time: '09:00', end_time: '18:00' }],
  });
  const otherProject = await api.call<Project>('POST', '/api/v1/projects', {
    name: `E2E Other ${suffix}`,
    tag: 'other',
    type: 'Заказ',
    is_active: false,
  });

  // More numbers than one page holds, for paging back and forth; older than the others, so
  // the first page of the whole list shows the main project's numbers.
  const pagingProject = await api.call<Project>('POST', '/api/v1/projects', { name: `E2E Paging ${suffix}`, tag: 'paging', is_active: false });
  for (let i = 0; i < 55; i++) {
    await api.call('POST', '/api/v1/phone_numbers', {
      phone_number: `+7495${1230000 + i}`,
      project_id: pagingProject.id,
      company: `Paging ${i + 1}`,
    });
  }

  // Sixty numbers, more than a page of fifty, for the "all matching the filter" bulk change;
  // like the paging ones, older than the main project's.
  const bulkProject = await api.call<Project>('POST', '/api/v1/projects', {
    name: `E2E Bulk ${suffix}`,
    tag: 'bulk',
    provider_ids: [provider.id],
    geo_ids: [geoEntry.id],
  });
  for (let i = 0; i < 60; i++) {
    await api.call('POST', '/api/v1/phone_numbers', {
      phone_number: `+7812${5550000 + i}`,
      project_id: bulkProject.id,
      company: `Bulk ${i + 1}`,
    });
  }

  // Two projects already deleted (softly): one stays in the deleted list, the other, with three
  // numbers, is deleted for good by a test (so the first is there whichever test runs first).
  const deletedProject = await api.call<Project>('POST', '/api/v1/projects', { name: `E2E Deleted ${suffix}`, tag: 'deleted', is_active: false });
  await api.call('DELETE', `/api/v1/projects/${deletedProject.id}`, { reason: 'E2E: paused for good' });
  const purgeProject = await api.call<Project>('POST', '/api/v1/projects', { name: `E2E Purge ${suffix}`, tag: 'purge', is_active: false });
  for (let i = 0; i < 3; i++) {
    await api.call('POST', '/api/v1/phone_numbers', { phone_number: `+7383${2220000 + i}`, project_id: purgeProject.id });
  }
  await api.call('DELETE', `/api/v1/projects/${purgeProject.id}`, { reason: 'E2E: old campaign' });

  const phones = ['+79161234501', '+79161234502', '+79161234503', '+79161234504', '+79161234505'];
  const numbers: PhoneNumber[] = [];
  for (const [i, phone] of phones.entries()) {
    numbers.push(
      await api.call<PhoneNumber>('POST', '/api/v1/phone_numbers', {
        phone_number: phone,
        project_id: project.id,
        provider_id: provider.id,
        geo_id: geoEntry.id,
        company: `ООО Ромашка ${i + 1}`,
        site: `romashka${i + 1}.ru`,
        email: `info${i + 1}@romashka.ru`,
        comment: i === 0 ? 'перезвонить после обеда' : '',
        is_favourite: i === 0,
      }),
    );
  }
  await api.call('POST', '/api/v1/phone_numbers', {
    phone_number: '+79269990001',
    project_id: otherProject.id,
    company: 'Other company',
  });

  const manager = await api.call<User>('POST', '/api/v1/users', {
    username: `manager_${suffix}`,
    password: managerPassword,
    role: 'manager',
    email: `manager_${suffix}@crm.local`,
  });
  await api.call('POST', `/api/v1/projects/${project.id}/members`, { user_id: manager.id });

  return { suffix, provider, geo: geoEntry, project, otherProject, pagingProject, bulkProject, deletedProject, purgeProject, numbers, manager };
}
