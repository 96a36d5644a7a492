import { describe, expect, it } from 'vitest';
import { unlockDelayMs } from '../../../lib/adapters/vault/unlock-throttle';
import { HARDHAT_KEY, makeVault, PASSPHRASE, rejection } from './vault-harness';

describe('unlock delays', () => {
  it('grow 0, 0, 1 s, 2 s, 4 s … and stop at 60 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 8, 9, 50].map(unlockDelayMs)).toEqual([
      0, 0, 0, 1000, 2000, 4000, 8000, 32_000, 60_000, 60_000,
    ]);
  });

  it('refuse attempts while the delay runs, even after a restart, and reset on success', async () => {
    const { vault, clock, store, restart } = makeVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    await vault.lock();
    const wrong = () => rejection(vault.unlock('wrong passphrase'));
    expect(await wrong()).toMatchObject({ code: 'wrong_passphrase' });
    expect(await wrong()).toMatchObject({ code: 'wrong_passphrase' });
    expect(await wrong()).toMatchObject({ code: 'wrong_passphrase' });
    expect(store.attempts.failures).toBe(3);

    // 3 failures → 1 s; even the right passphrase is refused meanwhile.
    const throttled = await rejection(restart().unlock(PASSPHRASE));
    expect(throttled).toMatchObject({
      kind: 'validation',
      code: 'unlock_throttled',
      message: 'Too many attempts; try again in 1 s.',
      details: { retryAfterSeconds: 1 },
    });
    clock.advance(1000);
    expect(await wrong()).toMatchObject({ code: 'wrong_passphrase' });
    clock.advance(1000);
    expect(await wrong()).toMatchObject({ message: 'Too many attempts; try again in 1 s.' });
    clock.advance(1000);
    expect(await wrong()).toMatchObject({ code: 'wrong_passphrase' });
    expect(await wrong()).toMatchObject({ message: 'Too many attempts; try again in 4 s.' });
    expect(store.attempts.failures).toBe(5);

    clock.advance(4000);
    await vault.unlock(PASSPHRASE);
    expect(store.attempts).toEqual({ failures: 0, lastFailureAt: null });
  });

  it('caps the wait at 60 s when the clock goes backwards', async () => {
    const { vault, clock, store } = makeVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    await vault.lock();
    store.attempts = { failures: 20, lastFailureAt: clock.now() + 3_600_000 };
    expect(await rejection(vault.unlock(PASSPHRASE))).toMatchObject({
      message: 'Too many attempts; try again in 60 s.',
    });
  });
});
