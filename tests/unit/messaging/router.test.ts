import { describe, expect, it, vi } from 'vitest';
import { createRouter, type HandlerMap, type Handlers } from '../../../lib/messaging/router';
import { classifySender } from '../../../lib/messaging/sender';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

const runtime = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop/' };
const page = { id: runtime.id, url: 'chrome-extension://abcdefghijklmnop/popup.html' };
const contentScript = { id: runtime.id, url: 'https://polymarket.com/event/x', tab: { id: 3 } };
const otherExtension = { id: 'zzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzz/page.html' };
const lookalike = { id: runtime.id, url: 'chrome-extension://abcdefghijklmnopq/popup.html' };

const envelope = (type: string, payload: unknown = {}) => ({ channel: 'equilibrage', type, payload });

/** A few handlers given to the router as its map: these tests never reach the others. */
const some = (handlers: Handlers) => handlers as HandlerMap;

function router(handlers: Handlers = {}) {
  return createRouter(
    some({
      'settings.get': async () => DEFAULT_SETTINGS,
      'killSwitch.set': async ({ on }) => ({ ...DEFAULT_SETTINGS, killSwitch: on }),
      ...handlers,
    }),
    runtime,
  );
}

describe('sender classification', () => {
  it('tells extension pages, content scripts and outsiders apart', () => {
    expect(classifySender(page, runtime.id, runtime.origin)).toBe('extension-page');
    expect(classifySender(contentScript, runtime.id, runtime.origin)).toBe('content-script');
    expect(classifySender(otherExtension, runtime.id, runtime.origin)).toBe('external');
    expect(classifySender({}, runtime.id, runtime.origin)).toBe('external');
    expect(classifySender(lookalike, runtime.id, runtime.origin)).toBe('content-script');
  });
});

describe('message router', () => {
  it('ignores messages that are not ours', () => {
    expect(router()({ hello: 'world' }, page)).toBeUndefined();
  });

  it('answers an allowed request from an extension page', async () => {
    await expect(router()(envelope('killSwitch.set', { on: true }), page)).resolves.toMatchObject({
      ok: true,
      data: { killSwitch: true },
    });
  });

  it('answers a public request from a content script', async () => {
    const r = router({ 'overlay.display': async () => ({ mode: 'paper' as const }) });
    await expect(r(envelope('overlay.display'), contentScript)).resolves.toEqual({
      ok: true,
      data: { mode: 'paper' },
    });
  });

  it("keeps every message but the overlay's few public ones privileged", async () => {
    const { protocol } = await import('../../../lib/messaging/protocol');
    const open = Object.entries(protocol)
      .filter(([, def]) => !def.privileged)
      .map(([type]) => type)
      .sort();
    expect(open).toEqual([
      'crossVenue.forMarket',
      'overlay.display',
      'overlay.openEntry',
      'overlay.positions',
      'overlay.scores',
    ]);
  });

  it.each(['killSwitch.set', 'settings.update', 'settings.reset', 'pass.run', 'settings.get', 'status.get'])(
    'refuses the privileged "%s" from a content script without calling its handler',
    async (type) => {
      const spy = vi.fn();
      const r = createRouter(
        some({
          'killSwitch.set': spy,
          'settings.update': spy,
          'settings.reset': spy,
          'pass.run': spy,
          'settings.get': spy,
          'status.get': spy,
        }),
        runtime,
      );
      const reply = await r(envelope(type, {}), contentScript);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
      expect(spy).not.toHaveBeenCalled();
    },
  );

  it('refuses every request from another extension or a web page', async () => {
    const spy = vi.fn(async () => DEFAULT_SETTINGS);
    const r = createRouter(some({ 'settings.get': spy }), runtime);
    await expect(r(envelope('settings.get'), otherExtension)).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses a privileged request from a look-alike origin', async () => {
    await expect(router()(envelope('killSwitch.set', { on: true }), lookalike)).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
  });

  it('validates payloads on receipt and says what is wrong', async () => {
    const reply = await router()(envelope('killSwitch.set', { on: 'yes' }), page);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    if (reply && !('data' in reply)) expect(reply.error.message).toContain('(on)');
  });

  it('rejects unknown extra fields', async () => {
    const reply = await router()(envelope('killSwitch.set', { on: true, force: true }), page);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('rejects an unknown message type', async () => {
    await expect(router()(envelope('wallet.exportKey'), page)).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown_message' },
    });
  });

  it('turns a handler failure into a readable error reply', async () => {
    const r = router({
      'settings.get': async () => {
        throw new Error('database closed');
      },
    });
    await expect(r(envelope('settings.get'), page)).resolves.toEqual({
      ok: false,
      error: { kind: 'temporary', code: 'unexpected', message: 'database closed', details: {} },
    });
  });
});
