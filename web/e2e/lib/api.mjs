// A small API client for seeding test data, as the administrator.

export class SeedApi {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.token = null;
  }

  async call(method, path, body) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : undefined;
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return json;
  }

  /** A multipart request (imports): `fields` are strings, `file` is {name, type, text}. */
  async upload(path, fields, file) {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, String(value));
    form.append('file', new Blob([file.text], { type: file.type ?? 'text/csv' }), file.name);
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { Accept: 'application/json', ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}) },
      body: form,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path} (multipart) → ${response.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  }

  async login(username, password) {
    const r = await this.call('POST', '/api/v1/auth/login', { username, password });
    this.token = r.access_token;
    return r;
  }
}

/** Everything the browser tests expect to find. */
export async function seed(api, { managerPassword }) {
  const suffix = Date.now().toString(36).slice(-4);
  const provider = await api.call('POST', '/api/v1/providers', { code: `E2E${suffix}`, name: 'E2E provider' });
  const geo = (await api.call('GET', '/api/v1/geo?country=RU&search=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0&limit=5')).data;
  const geoEntry = geo[0] ?? (await api.call('GET', '/api/v1/geo?country=RU&limit=5')).data[0];
  if (!geoEntry) throw new Error('no geo entry for RU');

  const project = await api.call('POST', '/api/v1/projects', {
    name: `E2E Кредитные карты ${suffix}`,
    tag: 'e2e',
    type: 'Заказ',
    daily_limit: 500,
    is_active: true,
    provider_ids: [provider.id],
    geo_ids: [geoEntry.id],
    schedule: [{ weekday: 1 }, { weekday: 2 }, { weekday: 3 }, { weekday: 5, start_time: '09:00', end_time: '18:00' }],
  });
  const otherProject = await api.call('POST', '/api/v1/projects', {
    name: `E2E Other ${suffix}`,
    tag: 'other',
    type: 'Заказ',
    is_active: false,
  });

  // More numbers than one page holds, for paging back and forth; older than the others, so
  // the first page of the whole list shows the main project's numbers.
  const pagingProject = await api.call('POST', '/api/v1/projects', { name: `E2E Paging ${suffix}`, tag: 'paging', is_active: false });
  for (let i = 0; i < 55; i++) {
    await api.call('POST', '/api/v1/phone_numbers', {
      phone_number: `+7495${1230000 + i}`,
      project_id: pagingProject.id,
      company: `Paging ${i + 1}`,
    });
  }

  // Sixty numbers, more than a page of fifty, for the "all matching the filter" bulk change;
  // like the paging ones, older than the main project's.
  const bulkProject = await api.call('POST', '/api/v1/projects', {
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

  // A project already deleted (softly), with three numbers, to delete for good.
  const purgeProject = await api.call('POST', '/api/v1/projects', { name: `E2E Purge ${suffix}`, tag: 'purge', is_active: false });
  for (let i = 0; i < 3; i++) {
    await api.call('POST', '/api/v1/phone_numbers', { phone_number: `+7383${2220000 + i}`, project_id: purgeProject.id });
  }
  await api.call('DELETE', `/api/v1/projects/${purgeProject.id}`, { reason: 'E2E: old campaign' });

  const phones = ['+79161234501', '+79161234502', '+79161234503', '+79161234504', '+79161234505'];
  const numbers = [];
  for (const [i, phone] of phones.entries()) {
    numbers.push(
      await api.call('POST', '/api/v1/phone_numbers', {
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

  const manager = await api.call('POST', '/api/v1/users', {
    username: `manager_${suffix}`,
    password: managerPassword,
    role: 'manager',
    email: `manager_${suffix}@crm.local`,
  });
  await api.call('POST', `/api/v1/projects/${project.id}/members`, { user_id: manager.id });

  return { suffix, provider, geo: geoEntry, project, otherProject, pagingProject, bulkProject, purgeProject, numbers, manager };
}
