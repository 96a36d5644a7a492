import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebhookNotifier } from '../../../lib/adapters/notify/webhook-notifier';
import { NotificationDispatcher } from '../../../lib/app/notify/notifier';
import { FRENCH_WORDS } from '../../../lib/core/notify/french-words';
import type { NotificationWords } from '../../../lib/core/notify/notification-words';
import { Logger } from '../../../lib/log/logger';
import { errorEvent, prefs } from '../../unit/notify/notify-fixtures';
import { type StubServer, startStubServer } from './stub-http-server';

let stub: StubServer;
let logger: Logger;

beforeEach(async () => {
  stub = await startStubServer();
  logger = new Logger({ console: false });
});
afterEach(async () => {
  await stub.close();
  expect(JSON.stringify(logger.entries())).not.toContain('relay-secret');
});

function setup(allowLoopbackHttp = true, words?: () => NotificationWords) {
  const webhookUrl = `${stub.baseUrl}/hook/relay-secret`;
  return new NotificationDispatcher({
    channels: { webhook: new WebhookNotifier({ allowLoopbackHttp, ...(words ? { words } : {}) }) },
    preferences: async () => prefs({ browser: false, webhookEnabled: true, webhookUrl }),
    clock: { now: () => 1_000 },
    localMinuteOfDay: () => 0,
    log: logger,
  });
}

describe('webhook notifier against a local stub', () => {
  it('POSTs the notification as JSON', async () => {
    await setup().notify(errorEvent());
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]?.path).toBe('/hook/relay-secret');
    expect(JSON.parse(stub.requests[0]?.body ?? '{}')).toMatchObject({
      source: 'polymarket-equilibrage',
      type: 'error',
      key: 'error:monitor:rate_limited',
      title: 'Error in monitor',
      text: 'Polymarket is rate limiting us. (rate_limited) · live',
      repeats: null,
      at: 1_000,
    });
  });

  it('words the title and text in the UI language it is given; the event stays as facts', async () => {
    await setup(true, () => FRENCH_WORDS).notify(errorEvent());
    expect(JSON.parse(stub.requests[0]?.body ?? '{}')).toMatchObject({
      title: 'Erreur : Suivi',
      text: 'Polymarket is rate limiting us. (rate_limited) · réel',
      event: { type: 'error', code: 'rate_limited', mode: 'live' },
    });
  });

  it('reports HTTP errors without the URL, and refuses plain http', async () => {
    stub.fallback = { status: 502, body: {} };
    const result = await setup().test('webhook');
    expect(result).toMatchObject({ ok: false, error: { code: 'webhook_failed', details: {} } });
    if (!result.ok) expect(result.error.message).toBe('The webhook answered HTTP 502.');
    await setup().notify(errorEvent());
    expect(logger.entries().some((e) => e.message === 'notification channel failed')).toBe(true);
    expect(await setup(false).test('webhook')).toMatchObject({
      ok: false,
      error: { code: 'webhook_no_url' },
    });
  });
});
