import { describe, expect, it } from 'vitest';
import type { HandlerMap, HandlersFor } from '../../../lib/messaging/router';
import { createRouter } from '../../../lib/messaging/router';
import type { WalletMessage } from '../../../lib/messaging/wallet-protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

/*
 * Type-level tests, checked by `npx tsc --noEmit` (each @ts-expect-error fails the typecheck if the
 * line under it ever compiles): the router takes only a COMPLETE handler map, so a message of the
 * protocol without a handler is a compile error in the container, not a "not available" at run time.
 * At run time, the same maps forced past the type show what the type keeps from happening.
 */

const runtime = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop/' };
const page = { id: runtime.id, url: 'chrome-extension://abcdefghijklmnop/popup.html' };
const envelope = (type: string) => ({ channel: 'equilibrage', type, payload: {} });
const noWallet = {
  hasWallet: false,
  unlocked: false,
  address: null,
  hasApiCredentials: false,
  autoLockAt: null,
};

describe('the handler map is complete by type', () => {
  it('a map that forgot "status.get" does not compile; forced through, the user would get "not available"', async () => {
    const full = {
      'status.get': async () => ({ mode: 'paper', killSwitch: false, openPositions: 0, version: '1' }),
      'settings.get': async () => DEFAULT_SETTINGS,
    } as unknown as HandlerMap;
    const { 'status.get': _forgotten, ...rest } = full;
    // @ts-expect-error a map missing 'status.get' is not a HandlerMap, so the router refuses it
    const router = createRouter(rest, runtime);
    expect(await router(envelope('status.get'), page)).toMatchObject({
      ok: false,
      error: { code: 'not_available' },
    });
    expect(await router(envelope('settings.get'), page)).toMatchObject({ ok: true });
  });

  it('a factory that declares the wallet messages must answer every one of them', async () => {
    // @ts-expect-error 'wallet.lock', 'wallet.unlock', … are missing
    const wallet: HandlersFor<WalletMessage> = { 'wallet.status': async () => noWallet };
    const router = createRouter(wallet as unknown as HandlerMap, runtime);
    expect(await router(envelope('wallet.status'), page)).toEqual({ ok: true, data: noWallet });
    expect(await router(envelope('wallet.lock'), page)).toMatchObject({
      ok: false,
      error: { code: 'not_available' },
    });
  });
});
