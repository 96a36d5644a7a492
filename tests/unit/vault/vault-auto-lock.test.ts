import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTO_LOCK_MS } from '../../../lib/adapters/vault/vault';
import { HARDHAT_KEY, makeVault, PASSPHRASE } from './vault-harness';

const MINUTE = 60_000;

describe('Vault auto-lock', () => {
  it('defaults to 30 minutes and keeps the deadline in the session store', async () => {
    const { vault, session, scheduler, clock } = makeVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    expect(DEFAULT_AUTO_LOCK_MS).toBe(30 * MINUTE);
    expect(session.value?.deadline).toBe(clock.now() + 30 * MINUTE);
    expect(scheduler.deadline).toBe(session.value?.deadline);
  });

  it('locks after the idle time and not before', async () => {
    const { vault, clock, session } = makeVault({ autoLockMs: 10 * MINUTE });
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    clock.advance(10 * MINUTE - 1);
    expect(await vault.checkAutoLock()).toBe(false);
    expect(await vault.isUnlocked()).toBe(true);
    clock.advance(1);
    expect(await vault.checkAutoLock()).toBe(true);
    expect(await vault.isUnlocked()).toBe(false);
    expect(session.value).toBeUndefined();
  });

  it('touch pushes the deadline back', async () => {
    const { vault, clock, scheduler } = makeVault({ autoLockMs: 10 * MINUTE });
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    clock.advance(8 * MINUTE);
    await vault.touch();
    expect(scheduler.deadline).toBe(clock.now() + 10 * MINUTE);
    clock.advance(8 * MINUTE);
    expect(await vault.checkAutoLock(clock.now())).toBe(false);
    clock.advance(2 * MINUTE);
    expect(await vault.checkAutoLock(clock.now())).toBe(true);
  });

  it('an early alarm re-arms the scheduler for the real deadline', async () => {
    const { vault, clock, scheduler } = makeVault({ autoLockMs: 10 * MINUTE });
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    const deadline = scheduler.deadline;
    scheduler.deadline = undefined;
    expect(await vault.checkAutoLock(clock.now() + MINUTE)).toBe(false);
    expect(scheduler.deadline).toBe(deadline);
  });

  it('the deadline survives a worker restart', async () => {
    const { vault, clock, restart } = makeVault({ autoLockMs: 10 * MINUTE });
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    clock.advance(5 * MINUTE);
    const fresh = restart();
    expect(await fresh.restoreFromSession()).toBe(true);
    clock.advance(5 * MINUTE);
    expect(await fresh.checkAutoLock()).toBe(true);
    expect(await restart().restoreFromSession()).toBe(false);
  });

  it('an expired session is never used, even if the alarm did not fire', async () => {
    const { vault, clock, restart } = makeVault({ autoLockMs: 10 * MINUTE });
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    clock.advance(11 * MINUTE);
    await expect(vault.getSigningKey()).rejects.toMatchObject({ code: 'wallet_locked' });
    await vault.unlock(PASSPHRASE);
    clock.advance(11 * MINUTE);
    expect(await restart().restoreFromSession()).toBe(false);
  });

  it('can be turned off', async () => {
    const { vault, clock, scheduler } = makeVault({ autoLockMs: null });
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    expect(scheduler.deadline).toBeUndefined();
    clock.advance(24 * 60 * MINUTE);
    await vault.touch();
    expect(await vault.checkAutoLock()).toBe(false);
    expect(await vault.getSigningKey()).toBe(HARDHAT_KEY);
  });

  it('touch does nothing while locked', async () => {
    const { vault, scheduler } = makeVault();
    await vault.touch();
    expect(scheduler.deadline).toBeUndefined();
    expect(await vault.checkAutoLock()).toBe(false);
  });
});
