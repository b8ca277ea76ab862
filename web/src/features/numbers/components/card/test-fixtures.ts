// Numbers, statuses and users for the card's tests.

import type { NumberStatus, PhoneNumberDetail } from '@/lib/api-types';

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

export const MANAGER = { user: { id: 7, username: 'anna' }, role: 'manager', permissions: ['phone_numbers.read', 'phone_numbers.update'] };
export const ADMIN = { user: { id: 1, username: 'admin' }, role: 'administrator', permissions: ['all'] };

export function cardOf(id: number, phone: string, change: Partial<PhoneNumberDetail> = {}): PhoneNumberDetail {
  return {
    id,
    phone_number: phone,
    project_id: 3,
    project_name: 'Кредитные карты',
    provider_id: 5,
    provider_code: 'B1',
    geo_id: 9,
    geo_name: 'Новосибирск',
    status_id: 1,
    status_code: 'new',
    assigned_to: 7,
    assigned_username: 'anna',
    company: 'ООО Ромашка',
    site: 'romashka.ru',
    email: 'info@romashka.ru',
    comment: null,
    reminder_at: null,
    is_favourite: false,
    call_attempts: 2,
    last_call_at: null,
    created_at: '2026-12-01T09:00:00Z',
    updated_at: '2026-12-01T09:00:00Z',
    project: { id: 3, name: 'Кредитные карты' },
    provider: { id: 5, code: 'B1', name: 'Base one' },
    geo: { id: 9, name: 'Новосибирск', name_en: 'Novosibirsk', country: 'RU', region: 'Новосибирская область', timezone: 'Asia/Novosibirsk' },
    status: { id: 1, code: 'new', name_ru: 'Новый', name_en: 'new', color: '#2196f3' },
    call_history: [],
    ...change,
  };
}
