// Numbers, statuses, calls and a fake server for the softphone's tests.

import { vi } from 'vitest';
import type { NumberStatus, PhoneNumber } from '@/lib/api-types';
import { eventStream, type TestEventStream } from '@/testing/event-stream';
import type { Integration, KnownNumber, LiveCall } from '../api/types';

const status = (id: number, code: string, name_ru: string, color: string): NumberStatus => ({
  id,
  code,
  name_ru,
  name_en: code,
  color,
  sort_order: id * 10,
  is_processed: id > 1,
  is_success: false,
  is_final: false,
});

export const STATUSES: NumberStatus[] = [
  status(1, 'new', 'Новый', '#2196f3'),
  status(2, 'in_progress', 'В работе', '#ff9800'),
  status(3, 'no_answer', 'Не отвечает', '#9e9e9e'),
  status(4, 'callback', 'Перезвонить', '#00bcd4'),
];

export const OPERATOR = {
  user: { id: 7, username: 'anna' },
  role: 'manager',
  permissions: ['phone_numbers.read', 'phone_numbers.update', 'phone_numbers.create', 'projects.read', 'statuses.read'],
};
export const ADMIN = { user: { id: 1, username: 'admin' }, role: 'administrator', permissions: ['all'] };

export function numberOf(id: number, change: Partial<PhoneNumber> = {}): PhoneNumber {
  return {
    id,
    phone_number: '+79161234567',
    project_id: 3,
    project_name: 'Кредитные карты',
    provider_id: null,
    provider_code: null,
    geo_id: null,
    geo_name: null,
    status_id: 1,
    status_code: 'new',
    assigned_to: 7,
    assigned_username: 'anna',
    company: 'ООО Ромашка',
    site: null,
    email: null,
    comment: 'Просили перезвонить после обеда',
    reminder_at: null,
    is_favourite: false,
    call_attempts: 1,
    last_call_at: null,
    created_at: '2026-03-01T09:00:00Z',
    updated_at: '2026-03-01T09:00:00Z',
    ...change,
  };
}

export function knownOf(number: PhoneNumber, change: Partial<KnownNumber> = {}): KnownNumber {
  const s = STATUSES.find((x) => x.id === number.status_id)!;
  return {
    number,
    status_color: s.color,
    status_name_ru: s.name_ru,
    status_name_en: s.name_en,
    last_calls: [{ timestamp: '2026-03-01T10:00:00Z', direction: 'outbound', duration: 65, result: 'answered' }],
    ...change,
  };
}

export function callOf(change: Partial<LiveCall> = {}): LiveCall {
  return {
    id: 12,
    integration_id: 1,
    direction: 'inbound',
    phone_number: '+79161234567',
    extension: '101',
    user_id: 7,
    state: 'ringing',
    started_at: '2026-03-02T09:00:00Z',
    answered_at: null,
    ended_at: null,
    duration: null,
    outcome: null,
    numbers: [knownOf(numberOf(5))],
    ...change,
  };
}

export function integrationOf(id: number, change: Partial<Integration> = {}): Integration {
  return {
    id,
    name: `АТС ${id}`,
    kind: 'zadarma',
    extensions: { '101': 7 },
    outcomes: { answered: 2, no_answer: 3, busy: 3 },
    is_active: true,
    last_event_at: null,
    signature_failures: 0,
    calls_today: 0,
    unlinked_calls: 0,
    webhook_url: `http://crm.example/api/v1/softphone/webhook/${'a'.repeat(36)}`,
    created_at: '2026-03-01T09:00:00Z',
    updated_at: '2026-03-01T09:00:00Z',
    ...change,
  };
}

export interface Request {
  method: string;
  url: string;
  body: unknown;
  accept: string | null;
}

/** What the fake server answers: a JSON body (with a status), or a live event stream. */
export type Answer = { status?: number; body: unknown } | 'stream';

export interface Route {
  method: string;
  path: RegExp;
  answer: Answer | ((request: Request) => Answer);
}

/** A fetch that answers from routes (the first match), opens event streams, and remembers what was asked. */
export function fakeServer(routes: Route[]) {
  const requests: Request[] = [];
  const streams: TestEventStream[] = [];
  const fetchStub = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    const request: Request = {
      method,
      url,
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      accept: new Headers(init?.headers).get('Accept'),
    };
    requests.push(request);
    const route = routes.find((r) => r.method === method && r.path.test(url));
    if (!route) {
      return Promise.resolve(Response.json({ error: { code: 'NOT_FOUND', message: `no fake for ${method} ${url}`, details: [] } }, { status: 404 }));
    }
    const answer = typeof route.answer === 'function' ? route.answer(request) : route.answer;
    if (answer === 'stream') {
      const stream = eventStream();
      streams.push(stream);
      return Promise.resolve(stream.response);
    }
    return Promise.resolve(Response.json(answer.body, { status: answer.status ?? 200 }));
  };
  vi.stubGlobal('fetch', fetchStub);
  return {
    requests,
    streams,
    /** The requests of one method to paths matching `path`. */
    asked: (method: string, path: RegExp) => requests.filter((r) => r.method === method && path.test(r.url)),
  };
}
