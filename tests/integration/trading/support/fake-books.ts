import { houseOrder } from '../../../fake-polymarket/scenarios/house-liquidity.ts';
import type { FakePolymarket } from '../../../fake-polymarket/start-fake-polymarket.ts';
import type { FakeMarket } from '../../../fake-polymarket/state/market-model.ts';

type Levels = ReadonlyArray<readonly [price: number, shares: number]>;

/** Replace a market's book with exact YES-terms levels (NO mirrors them at 1 − p). */
export function setYesBook(fake: FakePolymarket, market: FakeMarket, bids: Levels, asks: Levels): void {
  const book = fake.state.book(market);
  book.removeWhere(() => true);
  for (const [price, shares] of bids) book.add(houseOrder(market, 'BUY', price, shares));
  for (const [price, shares] of asks) book.add(houseOrder(market, 'SELL', price, shares));
}

/** An open, binary, 0.01-tick market ending in 10 days, with a 0.04 taker fee and a 50/50 book. */
export function prepareMarket(fake: FakePolymarket, index = 0): FakeMarket {
  const candidates = fake.state.markets.filter(
    (m) => !m.closed && !m.negRisk && m.tickSize === '0.01' && m.minOrderSize === 5,
  );
  const market = candidates[index];
  if (!market) throw new Error('no suitable market in the fake');
  market.acceptingOrders = true;
  market.secondsDelay = 0;
  market.active = true;
  market.endDateMs = fake.state.nowMs + 10 * 24 * 3_600_000;
  market.feesEnabled = true;
  market.feeSchedule = { exponent: 1, rate: 0.04, takerOnly: true, rebateRate: 0 };
  setYesBook(
    fake,
    market,
    [
      [0.5, 500],
      [0.49, 500],
    ],
    [
      [0.5, 500],
      [0.51, 500],
    ],
  );
  return market;
}
