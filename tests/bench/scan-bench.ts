import { createPolymarketClients } from '../../lib/adapters/polymarket/polymarket-clients';
import type { GammaMarketParse } from '../../lib/adapters/polymarket/schemas/parse-gamma-market';
import { createScanPass } from '../../lib/app/scan/market-scanner';
import type { EligibleMarket } from '../../lib/app/scan/score-markets';
import { scoreMarkets } from '../../lib/app/scan/score-markets';
import type { Market } from '../../lib/core/model/market';
import type { OrderBook } from '../../lib/core/model/order-book';
import { checkBooks, preFilterMarket } from '../../lib/core/rules/eligibility';
import type { PricePoint } from '../../lib/core/scoring/volatility-factor';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { polymarketOnly } from '../integration/support/polymarket-venues';
import { atMost, type BenchRow, row } from './support/bench-row';
import { benchStore, countingContext } from './support/bench-store';
import { startFakeProcess } from './support/fake-process';
import { countsByEndpoint, peakRates } from './support/peak-rate';
import { cpuOf, measured } from './support/stats';

const MARKETS = 5_000;
const LATENCY_MS = 100;
const START = Date.UTC(2026, 5, 1);

/** Replays the pure core calls of the scan (eligibility, book rules, scoring) on what it read. */
function coreCpuMs(markets: Market[], books: Map<string, OrderBook>, histories: Map<string, PricePoint[]>) {
  const s = DEFAULT_SETTINGS.strategy;
  let n = 0;
  return cpuOf(() => {
    const eligible: EligibleMarket[] = [];
    for (const market of markets) {
      if (!preFilterMarket(market, s, START).eligible) continue;
      const yes = books.get(market.yes.tokenId);
      const no = books.get(market.no.tokenId);
      if (yes && no && checkBooks({ yes, no }, s).eligible) eligible.push({ market, books: { yes, no } });
    }
    scoreMarkets({
      eligible,
      histories,
      whales: null,
      headlines: null,
      minLiquidityUsd: s.minLiquidity,
      weights: s.weights,
      now: START,
      scanId: 'replay',
      newId: () => `r-${++n}`,
    });
  });
}

/** Scan pass over 5,000 markets (10,000 tokens), 100 ms per request, fake in its own process. */
export async function scanBench(): Promise<BenchRow[]> {
  const fake = await startFakeProcess({
    markets: MARKETS,
    seed: 11,
    latencyMs: LATENCY_MS,
    startTimeMs: START,
  });
  try {
    const { db, store } = await benchStore(() => START);
    const clients = createPolymarketClients({ endpoints: fake });
    const listed: Market[] = [];
    const books = new Map<string, OrderBook>();
    const histories = new Map<string, PricePoint[]>();
    const keyset = clients.gamma.marketsKeyset.bind(clients.gamma);
    clients.gamma.marketsKeyset = async (filter, page) => {
      const result = await keyset(filter, page);
      for (const p of result.items as GammaMarketParse[]) if (p.ok) listed.push(p.market);
      return result;
    };
    const getBooks = clients.clob.getBooks.bind(clients.clob);
    clients.clob.getBooks = async (ids) => {
      const result = await getBooks(ids);
      for (const b of result) books.set(b.tokenId, b);
      return result;
    };
    const getHistory = clients.clob.getPricesHistory.bind(clients.clob);
    clients.clob.getPricesHistory = async (q) => {
      const points = await getHistory(q);
      histories.set(
        q.tokenId,
        points.map((pt) => ({ t: Math.floor(pt.time / 1000), p: pt.price / 1_000_000 })),
      );
      return points;
    };
    let ids = 0;
    const pass = createScanPass({
      store,
      venues: polymarketOnly(clients),
      clock: { now: () => START },
      ids: { next: () => `scan-${++ids}` },
      settings: async () => DEFAULT_SETTINGS,
    });
    await fake.reset();
    const ctx = countingContext('bench-scan');
    const run = await measured(() => pass(ctx));
    const calls = await fake.log();
    const peaks = peakRates(calls);
    const counts = countsByEndpoint(calls);
    const core = coreCpuMs(listed, books, histories);
    await db.delete();
    const perEndpoint = Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    const worst = peaks[0];
    const how = `createScanPass over ${MARKETS.toLocaleString('en-US')} fake markets (${(2 * MARKETS).toLocaleString('en-US')} tokens), fake in a child process with ${LATENCY_MS} ms injected per request; default settings`;
    return [
      row(
        'scan',
        'wall time',
        run.wallMs / 1000,
        's',
        `${how}; summary: ${String(run.value)}`,
        atMost(10, 's'),
      ),
      row('scan', 'requests (total)', calls.length, 'req', `fake request log: ${perEndpoint}`),
      row(
        'scan',
        `peak rate, worst bucket (${worst?.bucket ?? 'n/a'})`,
        worst ? worst.fraction * 100 : null,
        '% of limit',
        `busiest sliding 10 s window per documented limit (endpoint-limits.ts, §8), from the fake's arrival timestamps: ${peaks
          .map((p) => `${p.bucket} ${p.peak}/${p.limit}`)
          .join(', ')}`,
        atMost(80, '%'),
      ),
      row(
        'scan',
        'CPU, whole pass (extension side)',
        run.cpuMs,
        'ms',
        'process.cpuUsage of the bench process around the pass (adapters, zod, fake-indexeddb, core; the fake runs in another process)',
      ),
      row(
        'scan',
        'CPU, pure core (replay)',
        core,
        'ms',
        `process.cpuUsage around a replay of the core calls (preFilterMarket × ${listed.length}, checkBooks, scoreMarkets) on the markets/books/histories the pass read`,
      ),
      ...(await naiveRows()),
    ];
  } finally {
    await fake.close();
  }
}

const NAIVE_TOKENS = 1_000;

/** The naive approach: one GET /book per token, measured on 1,000 tokens and extrapolated. */
async function naiveRows(): Promise<BenchRow[]> {
  const fake = await startFakeProcess({
    markets: NAIVE_TOKENS,
    seed: 11,
    latencyMs: LATENCY_MS,
    startTimeMs: START,
  });
  try {
    const clients = createPolymarketClients({ endpoints: fake });
    const tokens = await fake.tokens(NAIVE_TOKENS);
    await fake.reset();
    const run = await measured(async () => {
      // Same concurrency as the batched path's book fetch (4 in flight).
      let i = 0;
      const worker = async () => {
        while (i < tokens.length) await clients.clob.getBook(tokens[i++] ?? '');
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
    });
    const calls = await fake.log();
    const peak = peakRates(calls).find((p) => p.bucket === 'clob:/book');
    const scale = (2 * MARKETS) / tokens.length;
    const how = `naive: GET /book per token, 4 in flight, ${tokens.length} tokens measured with ${LATENCY_MS} ms latency, extrapolated ×${scale} to ${(2 * MARKETS).toLocaleString('en-US')} tokens (books only; listing excluded)`;
    return [
      row('scan (naive)', 'wall time, books only (extrapolated)', (run.wallMs / 1000) * scale, 's', how),
      row('scan (naive)', 'requests, books only (extrapolated)', calls.length * scale, 'req', how),
      row(
        'scan (naive)',
        'peak rate GET /book (measured)',
        peak ? peak.fraction * 100 : null,
        '% of limit',
        `${how}; ${peak?.peak ?? 0}/${peak?.limit ?? 0} in the busiest 10 s window`,
      ),
    ];
  } finally {
    await fake.close();
  }
}
