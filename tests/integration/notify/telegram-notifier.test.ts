import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TelegramClient } from '../../../lib/adapters/notify/telegram-client';
import { TelegramNotifier } from '../../../lib/adapters/notify/telegram-notifier';
import { NotificationDispatcher } from '../../../lib/app/notify/notifier';
import { Logger } from '../../../lib/log/logger';
import { entry, errorEvent, prefs } from '../../unit/notify/notify-fixtures';
import { type StubServer, startStubServer } from './stub-http-server';

const TOKEN = '123456789:AAHfakeTokenForTests_abcdefghijklmnop';
let stub: StubServer;
let sleeps: number[];
let logger: Logger;

const telegramPrefs = prefs({ browser: false, telegramEnabled: true, telegramChatId: '-1001234567890' });

function setup(token: string | null = TOKEN) {
  const client = new TelegramClient({
    baseUrl: stub.baseUrl,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  const channel = new TelegramNotifier(client, async () => token ?? undefined);
  const dispatcher = new NotificationDispatcher({
    channels: { telegram: channel },
    preferences: async () => telegramPrefs,
    clock: { now: () => 1_700_000_000_000 },
    localMinuteOfDay: () => 12 * 60,
    log: logger.child('notify'),
  });
  return { client, channel, dispatcher };
}

beforeEach(async () => {
  stub = await startStubServer();
  sleeps = [];
  logger = new Logger({ console: false });
});
afterEach(async () => {
  await stub.close();
  // Whatever happened, no log line may contain the token, in any field.
  const dump = JSON.stringify(logger.entries());
  expect(dump).not.toContain(TOKEN);
  expect(dump).not.toContain('AAHfakeToken');
  expect(dump).not.toContain('/bot');
});

describe('Telegram notifier against a local Bot API stub', () => {
  it('POSTs sendMessage with the chat id, HTML text and no link preview', async () => {
    const { dispatcher } = setup();
    await dispatcher.notify(entry);
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe(`/bot${TOKEN}/sendMessage`);
    expect(JSON.parse(request?.body ?? '{}')).toEqual({
      chat_id: -1001234567890,
      text: '<b>Position opened</b>\nWill &lt;Team A&gt; &amp; B win?\nYES 48¢ + NO 53¢, cost $100 · paper',
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });
  });

  it('waits retry_after on 429, then sends', async () => {
    stub.queue.push({
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 3',
        parameters: { retry_after: 3 },
      },
    });
    const { dispatcher } = setup();
    await dispatcher.notify(entry);
    expect(sleeps).toEqual([3000]);
    expect(stub.requests).toHaveLength(2);
    expect(logger.entries().filter((e) => e.level === 'error')).toEqual([]);
  });

  it('reports a 429 that asks for too long a wait as rate limited', async () => {
    stub.queue.push({
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 35',
        parameters: { retry_after: 35 },
      },
    });
    const { dispatcher } = setup();
    const result = await dispatcher.test('telegram');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'telegram_rate_limited', details: { retryAfterSeconds: 35 } },
    });
    expect(sleeps).toEqual([]);
  });

  it('maps 401 to a bad token and logs it without the token', async () => {
    stub.fallback = { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } };
    const { dispatcher } = setup();
    await dispatcher.notify(errorEvent());
    const line = logger.entries().find((e) => e.message === 'notification channel failed');
    expect(line?.fields).toMatchObject({
      channel: 'telegram',
      error: { code: 'telegram_bad_token', kind: 'operational' },
    });
    expect(await dispatcher.test('telegram')).toMatchObject({
      ok: false,
      error: { code: 'telegram_bad_token' },
    });
  });

  it('maps 400 chat not found to a validation error with advice', async () => {
    stub.fallback = {
      status: 400,
      body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' },
    };
    const { dispatcher } = setup();
    const result = await dispatcher.test('telegram');
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'validation', code: 'telegram_chat_not_found' },
    });
    if (!result.ok) expect(result.error.message).toContain('/start');
  });

  it('handles ok:false on HTTP 200 and an unreachable server without leaking the URL', async () => {
    stub.fallback = { status: 200, body: { ok: false, error_code: 200, description: 'odd' } };
    const { dispatcher } = setup();
    expect(await dispatcher.test('telegram')).toMatchObject({
      ok: false,
      error: { code: 'telegram_failed' },
    });
    await stub.close();
    stub = await startStubServer();
    const dead = new TelegramClient({ baseUrl: 'http://127.0.0.1:9' });
    await expect(dead.sendMessage(TOKEN, '42', 'x')).rejects.toMatchObject({ code: 'telegram_unreachable' });
    await expect(dead.sendMessage(TOKEN, '42', 'x')).rejects.not.toHaveProperty('cause');
  });

  it('says when no token is available', async () => {
    const { dispatcher } = setup(null);
    expect(await dispatcher.test('telegram')).toMatchObject({
      ok: false,
      error: { code: 'telegram_no_token' },
    });
    expect(stub.requests).toEqual([]);
  });

  it('splits a long message into parts of at most 4096 characters', async () => {
    const { client } = setup();
    await client.sendMessage(TOKEN, '@mychannel', `${'line\n'.repeat(1500)}`);
    expect(stub.requests.length).toBe(2);
    for (const r of stub.requests) {
      const body = JSON.parse(r.body) as { text: string; chat_id: string };
      expect(body.text.length).toBeLessThanOrEqual(4096);
      expect(body.chat_id).toBe('@mychannel');
    }
  });
});
