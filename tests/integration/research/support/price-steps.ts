import type { FakePolymarket } from '../../../fake-polymarket/start-fake-polymarket.ts';
import type { FakeMarket } from '../../../fake-polymarket/state/market-model.ts';
import { setYesBook } from '../../trading/support/fake-books';

/** YES best bid / best ask at one pass (NO mirrors at 1 − p); depth 500 shares a level. */
export type Step = readonly [bid: number, ask: number];

/** Quote one pass's YES book (two levels a side) and add its mid to the market's /prices-history. */
export function setStep(fake: FakePolymarket, market: FakeMarket, [bid, ask]: Step): void {
  setYesBook(
    fake,
    market,
    [
      [bid, 500],
      [bid - 0.01, 500],
    ],
    [
      [ask, 500],
      [ask + 0.01, 500],
    ],
  );
  market.history.push({ t: fake.state.nowSec, p: (bid + ask) / 2 });
}
