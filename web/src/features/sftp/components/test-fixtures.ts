// Hosts, schedules and runs for the SFTP feeds' tests (the server is testing/render's fakeFetch).

import type { Host, HostTest, Run, RunFile, Schedule } from '../api/types';

export const ADMIN = { user: { id: 1, username: 'admin' }, role: 'administrator', permissions: ['all'] };
export const FINGERPRINT = 'SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU';
export const NEW_FINGERPRINT = 'SHA256:u2VvW1v0bU0X5zH9+q7cJk2xZrj4bL1nC8pQ3sT6wYA';

export function hostOf(id: number, change: Partial<Host> = {}): Host {
  return {
    id,
    name: `Партнёр ${id}`,
    host: 'sftp.partner.example',
    port: 22,
    username: 'crm',
    auth_method: 'password',
    has_password: true,
    has_private_key: false,
    has_passphrase: false,
    remote_directory: '/exchange',
    is_active: true,
    status: 'active',
    host_key_fingerprint: FINGERPRINT,
    seen_host_key_fingerprint: null,
    host_key_changed: false,
    last_test_at: '2026-03-02T09:00:00Z',
    last_test_ok: true,
    last_test_error: null,
    schedules: 0,
    created_at: '2026-03-01T09:00:00Z',
    updated_at: '2026-03-01T09:00:00Z',
    ...change,
  };
}

export function testOf(change: Partial<HostTest> = {}): HostTest {
  return {
    ok: true,
    host_key: { fingerprint: FINGERPRINT, status: 'accepted' },
    accepted_fingerprint: FINGERPRINT,
    entries: [
      { name: 'in', size: 4096, modified_at: '2026-03-02T08:00:00Z', is_directory: true },
      { name: 'readme.txt', size: 1536, modified_at: '2026-03-02T08:30:00Z', is_directory: false },
    ],
    error: null,
    ...change,
  };
}

export function scheduleOf(id: number, change: Partial<Schedule> = {}): Schedule {
  return {
    id,
    name: `Ночной импорт ${id}`,
    config_id: 1,
    config_name: 'Партнёр 1',
    direction: 'import',
    cron: '0 6 * * 1-5',
    timezone: 'Europe/Moscow',
    is_enabled: true,
    import: {
      remote_path: 'in/*.csv',
      target: 'project',
      project_id: 3,
      provider_id: null,
      geo_id: null,
      region: 'RU',
      columns: null,
      outside_geo: 'import',
      move_to_processed: false,
    },
    export: null,
    next_run_at: '2026-03-03T03:00:00Z',
    next_runs: [],
    last_run: null,
    created_at: '2026-03-01T09:00:00Z',
    updated_at: '2026-03-01T09:00:00Z',
    ...change,
  };
}

export function runOf(id: number, change: Partial<Run> = {}): Run {
  return {
    id,
    type: 'import',
    schedule_id: 1,
    schedule_name: 'Ночной импорт 1',
    sftp_config_id: 1,
    sftp_config_name: 'Партнёр 1',
    sftp_host: 'sftp.partner.example',
    remote_path: 'in/*.csv',
    trigger: 'schedule',
    status: 'completed',
    job_id: 50 + id,
    attempts: 1,
    error: null,
    next_attempt_at: null,
    progress_done: 2048,
    progress_total: 2048,
    files_seen: 3,
    files_taken: 1,
    files_skipped: 2,
    bytes: 2048,
    requested_by: null,
    requested_by_username: null,
    created_at: '2026-03-02T03:00:00Z',
    started_at: '2026-03-02T03:00:01Z',
    completed_at: '2026-03-02T03:00:09Z',
    ...change,
  };
}

export function fileOf(name: string, change: Partial<RunFile> = {}): RunFile {
  return { name, size: 1000, modified_at: '2026-03-02T02:00:00Z', action: 'skipped', reason: null, import: null, export: null, ...change };
}

/** The body and status of a 422 as the server writes it (a fakeFetch route's). */
export function invalid(field: string, issue: string): { status: number; body: unknown } {
  return { status: 422, body: { error: { code: 'VALIDATION_ERROR', message: 'Invalid input data', details: [{ field, issue }] } } };
}
