import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPolymarketClients } from '../../../lib/adapters/polymarket/polymarket-clients';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';
import type { MarketDatasetResult } from '../../../lib/app/research/market-dataset';
import type { Dataset } from '../../../lib/core/backtest/dataset';
import { KALSHI_FEE_STEP } from '../../../lib/core/venues/kalshi/fees';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { run } from '../../unit/backtest/support';
import { testBackground } from '../support/test-platform';

/**
 * The dashboard's "pick markets" on Kalshi, through the background's own handler (composed as the
 * extension composes it) with both venues' fakes: a ticker, `kalshi:TICKER` and a kalshi.com event
 * link build datasets from Kalshi's candlesticks, recorded as Kalshi's; the backtest then charges
 * Kalshi's fee (rounded up to $0.0001 per fill) on Kalshi's grid.
 */
const START = Date.UTC(2026, 5, 1);
let poly: FakePolymarket;
let kalshi: FakeKalshi;
let bg: ReturnType<typeof testBackground>;
const page = { kind: 'extension-page', url: undefined } as const;

beforeAll(async () => {
  poly = await startFakePolymarket({ markets: 6, seed: 4, startTimeMs: START });
  kalshi = await startFakeKalshi({ markets: 6, seed: 9, startTimeMs: START });
  const clock = { now: () => kalshi.state.nowMs };
  const store = createStore(new EquilibrageDatabase(`kalshi-picked-${process.pid}-${Date.now()}`), clock.now);
  const seeded = await store.settings.update({
    endpoints: { gammaUrl: poly.gammaUrl, clobUrl: poly.clobUrl, dataUrl: poly.dataUrl },
    kalshi: { enabled: true, demoRestUrl: kalshi.restUrl },
  });
  if (!seeded.ok) throw new Error(JSON.stringify(seeded.issues));
  let n = 0;
  bg = testBackground({
    store,
    clock,
    ids: { next: () => `id-${++n}` },
    clients: createPolymarketClients({
      endpoints: { gammaUrl: poly.gammaUrl, clobUrl: poly.clobUrl, dataUrl: poly.dataUrl },
    }),
  });
});
afterAll(async () => {
  await poly.close();
  await kalshi.close();
});

async function pick(ref: string, days = 3): Promise<MarketDatasetResult> {
  const handler = bg.handlers['research.buildMarketDataset'];
  return handler({ ref, days, fidelityMinutes: 60 }, page);
}

function tickers(): string[] {
  return [...kalshi.state.markets.keys()];
}

describe('a research dataset of Kalshi markets', () => {
  it('a bare ticker: the market from Kalshi, both series from its candlesticks, the dataset says Kalshi', async () => {
    const [ticker = ''] = tickers();
    const result = await pick(ticker);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.venue).toBe('kalshi');
    expect(result.markets).toEqual([
      { id: `kalshi:${ticker}`, question: expect.any(String), closed: false, resolved: false },
    ]);
    const { dataset, failedHistories } = result.built;
    expect(failedHistories).toEqual([]);
    expect(dataset.venue).toBe('kalshi');
    const [market] = dataset.markets;
    expect(market).toMatchObject({
      venue: 'kalshi',
      id: `kalshi:${ticker}`,
      yesTokenId: `kalshi:${ticker}:yes`,
      noTokenId: `kalshi:${ticker}:no`,
      feeRate: 0.07,
      tickSize: 10_000,
      resolution: null,
    });
    // 48 hourly traded prices seeded before the start: the last three days hold them all.
    const yes = dataset.prices[`kalshi:${ticker}:yes`] ?? [];
    const no = dataset.prices[`kalshi:${ticker}:no`] ?? [];
    expect(yes.length).toBe(48);
    expect(no.map((p) => p.p)).toEqual(yes.map((p) => 1_000_000 - p.p));
    expect(yes.every((p) => p.p % 10_000 === 0)).toBe(true);
  });

  it('kalshi:TICKER of a settled market carries its result; the tapered grid gives the finest tick', async () => {
    const ticker = tickers()[3] ?? '';
    const market = kalshi.state.market(ticker);
    if (!market) throw new Error('no market');
    market.status = 'finalized';
    market.result = 'no';
    market.closeTimeMs = START - 3_600_000;
    const result = await pick(`kalshi:${ticker.toLowerCase()}`);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.markets[0]).toMatchObject({ closed: true, resolved: true });
    expect(result.built.dataset.markets[0]).toMatchObject({ tickSize: 1_000, resolution: { outcome: 1 } });
  });

  it('a kalshi.com event link gives every market of the event; unknown and off are said so', async () => {
    const [first = ''] = tickers();
    const event = kalshi.state.market(first)?.eventTicker ?? '';
    const link = `https://kalshi.com/markets/${event.split('-')[0]?.toLowerCase()}/some-title/${event.toLowerCase()}`;
    const result = await pick(link);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.markets.map((m) => m.id)).toEqual(
      tickers()
        .filter((t) => t.startsWith(`${event}-`))
        .map((t) => `kalshi:${t}`),
    );
    expect(result.markets).toHaveLength(3);
    expect(await pick('KXNOPE-26JUN10-T99')).toEqual({ ok: false, reason: 'not_found', unreadable: [] });
    expect(await pick('https://kalshi.com/')).toMatchObject({ ok: false, reason: 'invalid' });
    // Polymarket's references still reach Polymarket beside Kalshi.
    const polymarket = await pick(poly.state.markets[0]?.id ?? '');
    expect(polymarket).toMatchObject({ ok: true, venue: 'polymarket' });

    const updated = await bg.store.settings.update({ kalshi: { enabled: false } });
    expect(updated.ok).toBe(true);
    expect(await pick(`kalshi:${first}`)).toEqual({
      ok: false,
      reason: 'venue_off',
      venue: 'kalshi',
      unreadable: [],
    });
    expect(await bg.store.settings.update({ kalshi: { enabled: true } })).toMatchObject({ ok: true });
  });

  it('the picked Kalshi dataset backtests with Kalshi fees: every fee a whole number of $0.0001 steps', async () => {
    const results = await Promise.all(
      tickers()
        .slice(0, 3)
        .map((t) => pick(t)),
    );
    const datasets = results.flatMap((r) => (r.ok ? [r.built.dataset] : []));
    const dataset: Dataset = {
      venue: 'kalshi',
      markets: datasets.flatMap((d) => d.markets),
      prices: Object.assign({}, ...datasets.map((d) => d.prices)),
    };
    const kalshiRun = run(dataset);
    expect(kalshiRun.trades.length).toBeGreaterThan(0);
    expect(kalshiRun.trades.every((t) => t.fees > 0 && t.fees % KALSHI_FEE_STEP === 0)).toBe(true);
    // The same prices read as Polymarket's: fees rounded to 10 micros, half up, never more.
    const asPolymarket = run({
      markets: dataset.markets.map(({ venue: _venue, ...m }) => m),
      prices: dataset.prices,
    });
    // Read as Polymarket's (fractional shares, fees half up to 10 micros) the same prices give fees
    // off Kalshi's $0.0001 grid: the whole steps above come from the venue, not from the prices.
    expect(asPolymarket.trades.length).toBeGreaterThan(0);
    expect(asPolymarket.trades.some((t) => t.fees % KALSHI_FEE_STEP !== 0)).toBe(true);
  });
});
