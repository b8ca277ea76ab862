// The SoftPhone (issue 12): a call event posted to the webhook, signed as a PBX signs it, makes
// the pop-up appear in the signed-in operator's browser; the result saved there reaches the
// number. The administrator's «Телефония» screen shows the PBX's health.

import { createHmac } from 'node:crypto';
import { expect, test } from '../fixtures';
import type { PhoneNumber, Project } from '../support/api';
import { groupedPhone, shot } from '../support/helpers';

const SECRET = 'e2e-pbx-shared-secret-0123456789';

interface Integration {
  id: number;
  name: string;
}

/** Posts a call event as a numbase-kind PBX does: X-Numbase-* headers, HMAC-SHA256 over timestamp and body. */
async function postEvent(baseURL: string, integration: Integration, event: Record<string, unknown>): Promise<number> {
  const body = JSON.stringify(event);
  const ts = String(Math.floor(Date.now() / 1000));
  const signature = `sha256=${createHmac('sha256', SECRET).update(`${ts}.${body}`).digest('hex')}`;
  const r = await fetch(`${baseURL}/api/v1/softphone/events`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Numbase-Integration': String(integration.id),
      'X-Numbase-Timestamp': ts,
      'X-Numbase-Signature': signature,
    },
    body,
  });
  return r.status;
}

test.describe.serial('softphone', () => {
  let project: Project;
  let number: PhoneNumber;
  let integration: Integration;
  const phone = `+7916${String(Date.now()).slice(-7)}`;

  test.beforeAll(async ({ api, data }) => {
    project = await api.call<Project>('POST', '/api/v1/projects', { name: `E2E Телефония ${data.suffix}`, is_active: false });
    await api.call('POST', `/api/v1/projects/${project.id}/members`, { user_id: data.manager.id });
    number = await api.call<PhoneNumber>('POST', '/api/v1/phone_numbers', {
      project_id: project.id,
      phone_number: phone,
      company: 'ООО Звонок',
    });
    integration = await api.call<Integration>('POST', '/api/v1/softphone/integrations', {
      name: `E2E АТС ${data.suffix}`,
      kind: 'numbase',
      secrets: { secret: SECRET },
      extensions: { '101': data.manager.id },
    });
  });

  test('an incoming call pops up in the operator\'s browser and the result saved there reaches the number', async ({ managerPage: page, server, api }) => {
    // The page follows the operator's calls once it knows his extension (the stream's headers).
    const live = page.waitForResponse((r) => r.url().includes('/api/v1/softphone/calls/live'));
    await page.goto('/');
    await live;

    const callId = `e2e-${Date.now()}`;
    expect(await postEvent(server.baseURL, integration, {
      event_type: 'call_started',
      call_id: callId,
      phone_number: phone,
      direction: 'inbound',
      extension: '101',
      timestamp: new Date().toISOString(),
    })).toBe(200);
    const panel = page.getByTestId('call-panel').filter({ hasText: groupedPhone(phone) });
    await expect(panel).toBeVisible();
    await expect(panel.getByText('ООО Звонок')).toBeVisible();
    await expect(panel.getByText(project.name)).toBeVisible();
    await shot(page, '90-call-popup');

    const form = panel.getByTestId('call-result-form');
    await form.getByLabel('Заметка').fill('Клиент просит перезвонить через час');
    await form.getByRole('button', { name: 'через 1 час' }).click();
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await expect(panel).toBeHidden();
    await expect
      .poll(async () => {
        const n = await api.call<{ comment: string | null; reminder_at: string | null }>('GET', `/api/v1/phone_numbers/${number.id}`);
        return `${n.comment}|${n.reminder_at !== null}`;
      })
      .toBe('Клиент просит перезвонить через час|true');

    // The call ends: the number's attempts grow.
    expect(await postEvent(server.baseURL, integration, {
      event_type: 'call_ended',
      call_id: callId,
      phone_number: phone,
      direction: 'inbound',
      extension: '101',
      duration: 42,
      result: 'answered',
      timestamp: new Date().toISOString(),
    })).toBe(200);
    await expect
      .poll(async () => (await api.call<{ call_attempts: number }>('GET', `/api/v1/phone_numbers/${number.id}`)).call_attempts)
      .toBe(1);
  });

  test('a call from a number not in the base offers to create it', async ({ managerPage: page, server }) => {
    const live = page.waitForResponse((r) => r.url().includes('/api/v1/softphone/calls/live'));
    await page.goto('/');
    await live;
    const stranger = `+7925${String(Date.now()).slice(-7)}`;
    expect(await postEvent(server.baseURL, integration, {
      event_type: 'call_started',
      call_id: `e2e-stranger-${Date.now()}`,
      phone_number: stranger,
      direction: 'inbound',
      extension: '101',
      timestamp: new Date().toISOString(),
    })).toBe(200);
    const panel = page.getByTestId('call-panel').filter({ hasText: groupedPhone(stranger) });
    await expect(panel.getByTestId('call-unknown')).toBeVisible();
    await expect(panel.getByText('Нет в базе')).toBeVisible();
  });

  test('«Телефония» shows the PBX with its calls today and the webhook address', async ({ adminPage: page }) => {
    await page.goto('/telephony');
    const row = page.getByTestId(`integration-row-${integration.id}`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('integration-last-event')).toHaveAttribute('data-health', 'ok');
    await row.getByRole('button', { name: `Изменить: ${integration.name}` }).click();
    await expect(page.getByTestId('webhook-url')).toContainText('/api/v1/softphone/events');
    await shot(page, '91-telephony');
  });
});
