import type { CtfOperations, CtfProvider } from '../../app/ports/ctf-port';
import type { Exchange, ExchangeProvider, MarketData } from '../../app/ports/exchange-port';
import { toMicros } from '../../core/model/money';
import type { VenueId } from '../../core/model/venue';
import { operationalError } from '../../errors/app-error';
import type { Clock } from '../../ports';
import type { Settings } from '../../settings/schema';
import type { Store } from '../storage/store';
import { PaperCtf } from './paper-ctf';
import { PaperExchange } from './paper-exchange';

export interface ExchangeProviderDeps {
  store: Store;
  marketData: MarketData;
  clock: Clock;
  /**
   * Builds the live exchange of a venue for the current settings (lib/app/venues/exchange-by-venue.ts
   * over each venue's `live`); absent: live refused. Paper is one exchange over every venue's books.
   */
  live?: (settings: Settings, venue?: VenueId) => Promise<Exchange>;
  /** Builds the live CTF operations (split, merge, redeem on chain); absent: live CTF refused. */
  liveCtf?: (settings: Settings) => Promise<CtfOperations>;
}

export interface ExchangeProviders {
  exchangeFor: ExchangeProvider;
  paper: PaperExchange;
  /** Split, merge and redeem per mode: paper on the paper wallet, live from `liveCtf`. */
  ctfFor: CtfProvider;
  resetPaper: () => Promise<void>;
}

/** Paper (one wallet in the store) and live (built per use, from the unlocked vault) behind one provider. */
export function createExchangeProviders(deps: ExchangeProviderDeps): ExchangeProviders {
  const paper = new PaperExchange({
    store: deps.store,
    marketData: deps.marketData,
    clock: deps.clock,
    startingBalance: async () => toMicros((await deps.store.settings.get()).paper.startingBalanceUsd),
  });
  const paperCtf = new PaperCtf({
    exchange: paper,
    clock: deps.clock,
    settings: () => deps.store.settings.get(),
  });
  return {
    paper,
    ctfFor: async (mode, settings) => {
      if (mode === 'paper') return paperCtf;
      if (!deps.liveCtf) {
        throw operationalError('Split and merge are not available in live mode yet.', {
          code: 'ctf_live_unavailable',
        });
      }
      return deps.liveCtf(settings);
    },
    resetPaper: async () => {
      await paper.reset();
    },
    exchangeFor: async (mode, settings, venue) => {
      if (mode === 'paper') return paper;
      if (!deps.live) throw new Error('live trading is not configured');
      return deps.live(settings, venue);
    },
  };
}
