import { isAppError } from '../../errors/app-error';
import { remainingUnlockDelayMs } from './unlock-throttle';
import { throttledError } from './vault-errors';
import type { VaultDeps } from './vault-ports';
import { NO_ATTEMPTS, type VaultRecord } from './vault-records';
import { openWallet } from './wallet-sealing';

/**
 * Opens the wallet with a passphrase, enforcing the growing delay after failed attempts and
 * keeping the (persisted, non-secret) failure count up to date.
 */
export async function openCounted(
  deps: Pick<VaultDeps, 'store' | 'clock' | 'log'>,
  record: VaultRecord,
  passphrase: string,
): ReturnType<typeof openWallet> {
  const attempts = await deps.store.loadAttempts();
  const now = deps.clock.now();
  const waitMs = remainingUnlockDelayMs(attempts, now);
  if (waitMs > 0) throw throttledError(Math.ceil(waitMs / 1000));
  try {
    const opened = await openWallet(record, passphrase);
    if (attempts.failures > 0) await deps.store.saveAttempts(NO_ATTEMPTS);
    return opened;
  } catch (error) {
    if (isAppError(error) && error.code === 'wrong_passphrase') {
      const failures = attempts.failures + 1;
      await deps.store.saveAttempts({ failures, lastFailureAt: now });
      deps.log?.warn('unlock failed', { failures });
    }
    throw error;
  }
}
