import type { GeoblockCheck } from '../../../../lib/adapters/exchange/geoblock';
import type { LiveExchangeOptions } from '../../../../lib/adapters/exchange/live-exchange';
import { createLiveExchangeFactory } from '../../../../lib/adapters/exchange/live-exchange-factory';
import { HARDHAT_KEY, makeVault, PASSPHRASE } from '../../../unit/vault/vault-harness';

/**
 * A vault holding the Hardhat #0 key (low PBKDF2 iterations), unlocked, and a live exchange factory
 * over it. `blocked` answers as from a sanctioned country (IR); `geoblock` replaces the check.
 */
export async function liveSetup(
  options: {
    blocked?: boolean;
    geoblock?: GeoblockCheck;
    exchange?: LiveExchangeOptions;
    now?: () => number;
  } = {},
) {
  const harness = makeVault();
  await harness.vault.importKey(HARDHAT_KEY, PASSPHRASE);
  const live = createLiveExchangeFactory({
    vault: harness.vault,
    geoblock:
      options.geoblock ??
      (async () => ({ blocked: options.blocked ?? false, country: options.blocked ? 'IR' : null })),
    ...(options.exchange ? { exchange: options.exchange } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { ...harness, live };
}
