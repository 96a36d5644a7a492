import type { Logger } from '../../log/logger';
import type { Clock, IdSource } from '../../ports';
import type { Settings } from '../../settings/schema';
import type { CtfProvider } from '../ports/ctf-port';
import type { ExchangeProvider, MarketData } from '../ports/exchange-port';
import type { Store } from '../ports/store-port';
import type { KeyedLock } from './keyed-lock';

/** Steps after which a test may simulate the worker dying (the hook throws). */
export type TradingStep =
  | 'position_opened'
  | 'intent_written'
  | 'intent_sent'
  | 'order_answered'
  | 'result_recorded';

export interface TradingHooks {
  afterStep?: (step: TradingStep, info: { positionId: string; intentId?: string }) => void | Promise<void>;
}

/** Everything the trading use-cases need, injected. */
export interface TradingDeps {
  store: Store;
  marketData: MarketData;
  exchangeFor: ExchangeProvider;
  /** Split, merge and redeem per mode; absent: every balanced entry buys the books and every close sells. */
  ctfFor?: CtfProvider;
  clock: Clock;
  ids: IdSource;
  logger: Logger;
  settings: () => Promise<Settings>;
  locks: KeyedLock;
  hooks: TradingHooks;
}

export async function step(deps: TradingDeps, name: TradingStep, positionId: string, intentId?: string) {
  await deps.hooks.afterStep?.(name, intentId === undefined ? { positionId } : { positionId, intentId });
}
