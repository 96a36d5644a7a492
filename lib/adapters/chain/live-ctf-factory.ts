import { createPublicClient, createWalletClient, getAddress, http, type PublicClient } from 'viem';
import { polygon } from 'viem/chains';
import type { CtfOperations } from '../../app/ports/ctf-port';
import type { ChainIntent } from '../../core/ctf/chain-intent';
import type { Micros } from '../../core/model/money';
import { operationalError } from '../../errors/app-error';
import type { Settings } from '../../settings/schema';
import type { Vault } from '../vault/vault';
import { unlockedAccount } from '../vault/vault-account';
import { LiveCtfOperations } from './live-ctf-operations';
import { type RelayerAuth, RelayerClient } from './relayer-client';

/**
 * POL priced at $1 for an EOA's gas: above every 2025–26 quote, so a gas cost is never understated
 * (an estimate only decides "split or buy"; the recorded cost is the receipt's gas at this price).
 */
export const POL_PRICE_CEILING_MICROS: Micros = 1_000_000;

export interface LiveCtfFactoryDeps {
  vault: Pick<Vault, 'getSigningKey'>;
  /** The Relayer API key of a proxy / Safe / deposit-wallet account (null when none is set). */
  relayerAuth: () => Promise<RelayerAuth | null>;
  now?: () => number;
  newId?: () => string;
}

export type LiveCtfJournal = { list(): Promise<ChainIntent[]>; save(entry: ChainIntent): Promise<void> };

/**
 * Builds the live CtfOperations for the current settings and the unlocked wallet: an EOA sends its
 * own transactions on the configured RPC; other account kinds need their Polymarket wallet address and
 * a Relayer API key. Throws an operational error (wallet locked, no relayer key…) when live cannot run.
 */
export function createLiveCtfFactory(deps: LiveCtfFactoryDeps) {
  return async (settings: Settings, journal: LiveCtfJournal): Promise<CtfOperations> => {
    const account = await unlockedAccount(deps.vault);
    const transport = http(settings.endpoints.polygonRpcUrl, { retryCount: 1 });
    const client = createPublicClient({ chain: polygon, transport }) as PublicClient;
    const type = settings.wallet.signatureType as 0 | 1 | 2 | 3;
    const common = {
      client,
      account,
      journal,
      now: deps.now ?? (() => Date.now()),
      newId: deps.newId ?? (() => crypto.randomUUID()),
      polPriceMicros: POL_PRICE_CEILING_MICROS,
    };
    if (type === 0) {
      const eoa = createWalletClient({ account, chain: polygon, transport });
      return new LiveCtfOperations({ ...common, signatureType: 0, wallet: null, eoa });
    }
    const funder = settings.wallet.funderAddress;
    if (!funder)
      throw operationalError(
        'Split, merge and redeem need your Polymarket wallet address (Options → Wallet).',
        {
          code: 'ctf_no_funder',
        },
      );
    const auth = await deps.relayerAuth();
    if (!auth)
      throw operationalError(
        'Split, merge and redeem of a Polymarket wallet go through Polymarket’s relayer: add your Relayer API key in Options → Wallet & vault first.',
        { code: 'ctf_no_relayer_key' },
      );
    const relayer = new RelayerClient({ baseUrl: settings.endpoints.relayerUrl, auth });
    return new LiveCtfOperations({ ...common, signatureType: type, wallet: getAddress(funder), relayer });
  };
}
