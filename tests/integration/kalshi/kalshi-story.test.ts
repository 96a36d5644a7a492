import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExchangeProviders } from '../../../lib/adapters/exchange/exchange-provider';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';
import { kalshiVenue } from '../../../lib/adapters/venues/kalshi/kalshi-venue';
import { createScanPass } from '../../../lib/app/scan/market-scanner';
import { createTradingServices } from '../../../lib/app/trading/trading-services';
import { venueMarketData } from '../../../lib/app/venues/venue-market-data';
import { createVenues } from '../../../lib/app/venues/venue-registry';
import { kalshiTradeFee } from '../../../lib/core/venues/kalshi/fees';
import { KALSHI_GENERAL_FEES } from '../../../lib/core/venues/kalshi/kalshi-market';
import { Logger } from '../../../lib/log/logger';
import type { Settings } from '../../../lib/settings/schema';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';
import { passContext } from '../trading/support/trading-harness';

let fake: FakeKalshi;
beforeAll(async () => {
  fake = await startFakeKalshi({ markets: 9, seed: 5 });
});
afterAll(() => fake.close());

const CENT = 10_000;
const CONTRACT = 1_000_000;

/** Replace both bid lists of a market: YES bids and NO bids, [price, contracts] in cents and contracts. */
function quote(ticker: string, yesBids: [number, number][], noBids: [number, number][]): void {
  const market = fake.state.market(ticker);
  if (!market) throw new Error(`no fake market ${ticker}`);
  for (const price of [...market.yesBids.keys()]) fake.state.setBid(ticker, 'yes', price, 0);
  for (const price of [...market.noBids.keys()]) fake.state.setBid(ticker, 'no', price, 0);
  for (const [cents, size] of yesBids) fake.state.setBid(ticker, 'yes', cents * CENT, size * CONTRACT);
  for (const [cents, size] of noBids) fake.state.setBid(ticker, 'no', cents * CENT, size * CONTRACT);
}

async function world(enabled = true) {
  const clock = { now: () => fake.state.nowMs };
  const store = createStore(new EquilibrageDatabase(`kalshi-story-${process.pid}-${Date.now()}`), clock.now);
  // The user turned Kalshi on; its demo environment (the default) is the fake.
  const settings = async (): Promise<Settings> => {
    const current = await store.settings.get();
    return { ...current, kalshi: { ...current.kalshi, enabled, demoRestUrl: fake.restUrl } };
  };
  const venues = createVenues([kalshiVenue({ settings, now: clock.now })]);
  const marketData = venueMarketData(venues);
  const exchanges = createExchangeProviders({ store, marketData, clock });
  let n = 0;
  const ids = { next: () => `id-${++n}` };
  const logger = new Logger({ console: false, clock });
  const services = createTradingServices({
    store,
    marketData,
    exchangeFor: exchanges.exchangeFor,
    resetPaper: exchanges.resetPaper,
    // Composed as the extension composes it: the paper CTF is there, and a split must not be used.
    ctfFor: exchanges.ctfFor,
    clock,
    ids,
    logger,
  });
  const scan = createScanPass({ store, clock, ids, venues, settings });
  return { store, services, scan, settings };
}

describe('the whole story on a Kalshi market, against the fake Kalshi', () => {
  it('scans, scores, enters on paper, liquidates the losing side on divergence, then stops the loss', async () => {
    const { store, services, scan } = await world();
    const [ticker = ''] = [...fake.state.markets.keys()];
    const market = fake.state.market(ticker);
    if (!market) throw new Error('no market');
    // A liquid, balanced market: YES and NO both bid 49¢ (so both asked at 51¢), $10,000 a day traded.
    quote(
      ticker,
      [
        [49, 20_000],
        [48, 20_000],
      ],
      [
        [49, 20_000],
        [48, 20_000],
      ],
    );
    market.lastPrice = 50 * CENT;
    market.volume = 20_000 * CONTRACT;

    // Scan: Kalshi's open markets are listed, filtered, scored and stored under their venue.
    const pass = passContext();
    await scan({ ...pass.ctx, passId: 'scan-kalshi' });
    expect(pass.degraded).toEqual([]);
    const marketId = `kalshi:${ticker}`;
    const opportunities = await store.opportunities.all();
    expect(opportunities.length).toBeGreaterThan(0);
    expect(opportunities.every((o) => o.venue === 'kalshi' && o.marketId.startsWith('kalshi:'))).toBe(true);
    const opportunity = opportunities.find((o) => o.marketId === marketId);
    expect(opportunity?.score).toBeGreaterThan(0);
    expect((await store.markets.get(marketId))?.venue).toBe('kalshi');

    // Paper entry on both sides at 51¢, the fee Kalshi's: 0.07 × C × P × (1 − P), rounded up to $0.0001.
    const { positionId = '' } = await services.engine.enter(marketId);
    const position = await store.positions.get(positionId);
    expect(position).toMatchObject({ venue: 'kalshi', marketId, status: 'active', mode: 'paper' });
    // Bought on Kalshi's books, never by a split of Polymarket's CTF pairs (the default "auto" would
    // pick a split on Polymarket here: no spread, no fee).
    expect(position?.entryMethod).not.toBe('split');
    expect(position?.splitGas ?? 0).toBe(0);
    expect(position?.entryPriceYes).toBe(51 * CENT);
    expect(position?.entryPriceNo).toBe(51 * CENT);
    const entries = await store.trades.listByPosition(positionId);
    expect(entries.map((t) => [t.venue, t.reason, t.side])).toEqual([
      ['kalshi', 'entry', 'yes'],
      ['kalshi', 'entry', 'no'],
    ]);
    for (const trade of entries) {
      // Whole contracts, as a real Kalshi account gets them.
      expect(trade.shares % CONTRACT).toBe(0);
      expect(trade.shares).toBeGreaterThan(0);
      expect(trade.fee).toBeGreaterThan(0);
      expect(trade.fee).toBe(kalshiTradeFee(trade.shares, trade.price, 'taker', KALSHI_GENERAL_FEES));
    }

    // YES falls to 29¢ bid / 31¢ asked (NO bid 69¢): past the 30 % divergence, YES is sold on Kalshi.
    quote(ticker, [[29, 20_000]], [[69, 20_000]]);
    expect(await services.monitorPass(passContext().ctx)).toContain('1 liquidated');
    const liquidated = await store.positions.get(positionId);
    expect(liquidated).toMatchObject({ venue: 'kalshi', status: 'liquidated', liquidatedSide: 'yes' });

    // Then NO falls too (29¢ bid): the loss passes the 15 % stop-loss and the NO side is sold.
    quote(ticker, [[69, 20_000]], [[29, 20_000]]);
    expect(await services.monitorPass(passContext().ctx)).toContain('1 closed');
    const closed = await store.positions.get(positionId);
    expect(closed).toMatchObject({ venue: 'kalshi', status: 'closed', closeReason: 'stop_loss' });
    expect(closed?.pnl).toBeLessThan(0);

    const trades = await store.trades.listByPosition(positionId);
    expect(trades.map((t) => [t.venue, t.reason, t.side, t.action])).toEqual([
      ['kalshi', 'entry', 'yes', 'buy'],
      ['kalshi', 'entry', 'no', 'buy'],
      ['kalshi', 'liquidation', 'yes', 'sell'],
      ['kalshi', 'stop_loss', 'no', 'sell'],
    ]);
    for (const trade of trades)
      expect(trade.fee).toBe(kalshiTradeFee(trade.shares, trade.price, 'taker', KALSHI_GENERAL_FEES));
    // Every read went to the fake Kalshi, under Kalshi's own tickers.
    expect(fake.requestLog.some((r) => r.path === '/markets/orderbooks' && r.query.tickers === ticker)).toBe(
      true,
    );
  });

  it('lists nothing on Kalshi while the user has not turned it on (the default)', async () => {
    const { store, scan } = await world(false);
    const before = fake.requestLog.length;
    expect(await scan({ ...passContext().ctx, passId: 'scan-off' })).toMatch(/^0 markets/);
    expect(fake.requestLog.length).toBe(before);
    expect(await store.opportunities.all()).toEqual([]);
  });
});
