import type { LiveExchangeOptions } from '../../../../lib/adapters/exchange/live-exchange';
import { createLiveExchangeFactory } from '../../../../lib/adapters/exchange/live-exchange-factory';
import { HARDHAT_KEY, makeVault, PASSPHRASE } from '../../../unit/vault/vault-harness';

/** A vault holding the Hardhat #0 key (low PBKDF2 iterations), unlocked, and a live exchange factory over it. */
export async function liveSetup(
  options: { blocked?: boolean; exchange?: LiveExchangeOptions; now?: () => number } = {},
) {
  const harness = makeVault();
  await harness.vault.importKey(HARDHAT_KEY, PASSPHRASE);
  const live = createLiveExchangeFactory({
    vault: harness.vault,
    geoblock: async () => ({ blocked: options.blocked ?? false, country: options.blocked ? 'US' : null }),
    ...(options.exchange ? { exchange: options.exchange } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { ...harness, live };
}
