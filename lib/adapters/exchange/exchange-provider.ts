import type { Exchange, ExchangeProvider, MarketData } from '../../app/ports/exchange-port';
import { toMicros } from '../../core/model/money';
import type { Clock } from '../../ports';
import type { Settings } from '../../settings/schema';
import type { Store } from '../storage/store';
import { PaperExchange } from './paper-exchange';

export interface ExchangeProviderDeps {
  store: Store;
  marketData: MarketData;
  clock: Clock;
  /** Builds the live exchange for the current settings (see live-exchange-factory.ts); absent: live refused. */
  live?: (settings: Settings) => Promise<Exchange>;
}

export interface ExchangeProviders {
  exchangeFor: ExchangeProvider;
  paper: PaperExchange;
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
  return {
    paper,
    resetPaper: async () => {
      await paper.reset();
    },
    exchangeFor: async (mode, settings) => {
      if (mode === 'paper') return paper;
      if (!deps.live) throw new Error('live trading is not configured');
      return deps.live(settings);
    },
  };
}
