import { describe, expect, it } from 'vitest';
import { createWalletHandlers, ordersTouchVault } from '../../../lib/app/wallet/wallet-handlers';
import type { Handlers } from '../../../lib/messaging/router';
import { HARDHAT_KEY, makeVault, PASSPHRASE } from './vault-harness';

const MINUTE = 60_000;
const page = { kind: 'extension-page' as const, url: 'chrome-extension://id/options.html' };

/** A vault whose idle time is the user's "Auto-lock after" setting, which the test can change. */
function vaultWithSetting(minutes: number) {
  const setting = { minutes };
  const harness = makeVault({ autoLockMs: async () => setting.minutes * MINUTE });
  return { ...harness, setting, handlers: createWalletHandlers(harness.vault) };
}

describe('Vault auto-lock follows the "Auto-lock after" setting', () => {
  it('locks after the configured time, not after the default 30 minutes', async () => {
    const { vault, clock, scheduler } = vaultWithSetting(5);
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    expect(scheduler.deadline).toBe(clock.now() + 5 * MINUTE);
    clock.advance(5 * MINUTE - 1);
    expect(await vault.checkAutoLock()).toBe(false);
    clock.advance(1);
    expect(await vault.checkAutoLock()).toBe(true);
    expect(await vault.isUnlocked()).toBe(false);
  });

  it('re-arms when the setting changes: a shorter time locks sooner, a longer one later', async () => {
    const { vault, clock, scheduler, setting } = vaultWithSetting(30);
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    clock.advance(2 * MINUTE);
    setting.minutes = 1;
    await vault.rearm();
    expect(scheduler.deadline).toBe(clock.now() + MINUTE);
    clock.advance(MINUTE);
    expect(await vault.checkAutoLock()).toBe(true);

    await vault.unlock(PASSPHRASE);
    setting.minutes = 120;
    await vault.rearm();
    clock.advance(119 * MINUTE);
    expect(await vault.checkAutoLock()).toBe(false);
    clock.advance(MINUTE);
    expect(await vault.checkAutoLock()).toBe(true);
  });

  it('re-arming a locked vault unlocks nothing and sets no alarm', async () => {
    const { vault, scheduler } = vaultWithSetting(10);
    await vault.rearm();
    expect(scheduler.deadline).toBeUndefined();
    expect(await vault.isUnlocked()).toBe(false);
  });

  it('an options page polling the status every 30 s does not keep the key unlocked', async () => {
    const { vault, clock, handlers } = vaultWithSetting(10);
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    const deadline = await vault.autoLockDeadline();
    for (let t = 0; t < 19; t++) {
      clock.advance(30_000);
      await handlers['wallet.status']?.({}, page);
      await vault.checkAutoLock();
    }
    expect(await vault.autoLockDeadline()).toBe(deadline);
    clock.advance(30_000);
    await handlers['wallet.status']?.({}, page);
    expect(await vault.isUnlocked()).toBe(false);
    const status = await handlers['wallet.status']?.({}, page);
    expect(status).toMatchObject({ unlocked: false, autoLockAt: null });
  });

  it('"stay unlocked" pushes the deadline back by the configured time', async () => {
    const { vault, clock, handlers } = vaultWithSetting(10);
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    clock.advance(9 * MINUTE);
    const status = await handlers['wallet.stayUnlocked']?.({}, page);
    expect(status).toMatchObject({ unlocked: true, autoLockAt: clock.now() + 10 * MINUTE });
    clock.advance(9 * MINUTE);
    expect(await vault.checkAutoLock()).toBe(false);
    clock.advance(MINUTE);
    expect(await vault.checkAutoLock()).toBe(true);
  });

  it('a confirmed order pushes the deadline back; a refused one does not', async () => {
    const { vault, clock } = vaultWithSetting(10);
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    const trading: Handlers = {
      'position.enter': async () => ({ message: 'Entered.' }),
      'position.close': async () => {
        throw new Error('refused');
      },
      'position.preview': async () => {
        throw new Error('not an order');
      },
    };
    const wrapped = ordersTouchVault(vault, trading);
    clock.advance(8 * MINUTE);
    await expect(wrapped['position.close']?.({ positionId: 'p' }, page)).rejects.toThrow('refused');
    expect(await vault.autoLockDeadline()).toBe(clock.now() + 2 * MINUTE);
    await wrapped['position.enter']?.({ marketId: 'm' }, page);
    expect(await vault.autoLockDeadline()).toBe(clock.now() + 10 * MINUTE);
  });
});
