import { describe, expect, it } from 'vitest';
import { ClobReads } from '../../lib/adapters/polymarket/clob-reads';
import { DataApiClient } from '../../lib/adapters/polymarket/data-api-client';
import { GammaClient } from '../../lib/adapters/polymarket/gamma-client';
import { PolymarketHttp } from '../../lib/adapters/polymarket/http/polymarket-http';
import { fixture } from './support/fixtures';
import { type Outcome, settle } from './support/outcome';
import { mutatedPayloads } from './support/seeded-mutator';
import { stubFetch } from './support/stub-fetch';

const N = 1_000;
const TOKEN = '71321045679252212594626385532706912750332728571942532289631379312455583992563';

function clients() {
  const stub = stubFetch();
  const http = new PolymarketHttp({
    endpoints: { gammaUrl: 'https://gamma.test', clobUrl: 'https://clob.test', dataUrl: 'https://data.test' },
    fetch: stub.fetch,
    maxAttempts: 1,
    rateLimitHeadroom: 1_000,
  });
  return { stub, gamma: new GammaClient(http), clob: new ClobReads(http), data: new DataApiClient(http) };
}

/** Each partial result (a row or market the parser refused) must say why. */
function reasonsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    if (item && typeof item === 'object' && 'ok' in item && item.ok === false && 'reason' in item)
      out.push(String(item.reason));
    if (item && typeof item === 'object' && 'rejected' in item && Array.isArray(item.rejected))
      for (const r of item.rejected as { reason: string }[]) out.push(r.reason);
  }
  return out;
}

const gammaMarket = fixture('gamma-market.btc5m.ra1nty.json') as { events?: unknown[] };
const gammaEvent = { ...((gammaMarket.events?.[0] as object | undefined) ?? {}), markets: [gammaMarket] };

const SOURCES: Array<[string, unknown, (c: ReturnType<typeof clients>) => Promise<unknown>]> = [
  [
    'Gamma markets',
    fixture('gamma-markets-list.sports-sep2026.polywatch.json'),
    (c) => c.gamma.listMarkets(),
  ],
  ['Gamma events', [gammaEvent], (c) => c.gamma.listEvents()],
  [
    'CLOB books',
    [fixture('clob-book.btc5m.ra1nty.json'), fixture('clob-book.negrisk.polywatch.json')],
    (c) => c.clob.getBooks([TOKEN, '1']),
  ],
  [
    'CLOB price history',
    fixture('clob-prices-history.ra1nty.json'),
    (c) => c.clob.getPricesHistory({ tokenId: TOKEN, interval: '1w', fidelityMinutes: 60 }),
  ],
  [
    'Data API trades',
    fixture('data-api-trades.trader_evaluator.json'),
    (c) => c.data.getTrades({ limit: 100 }),
  ],
];

describe('fuzzing: mutated recorded payloads through the real clients', () => {
  it.each(SOURCES)(
    '%s: 1,000 seeded mutations → a value or an AppError with a reason, never a crash or an order',
    async (_name, base, call) => {
      const c = clients();
      const tally = { value: 0, rejected: 0, partial: 0 };
      for (const [i, text] of mutatedPayloads(base, N, 1234).entries()) {
        c.stub.serve(text);
        let outcome: Outcome;
        try {
          outcome = await settle(() => call(c));
        } catch (error) {
          throw new Error(`payload #${i} crashed the client: ${String(error)}\n${text.slice(0, 300)}`);
        }
        if (outcome.kind === 'rejected') tally.rejected += 1;
        else {
          tally.value += 1;
          const reasons = reasonsOf(outcome.value);
          if (reasons.length > 0) tally.partial += 1;
          expect(reasons.every((r) => r.trim() !== '')).toBe(true);
        }
      }
      expect(tally.value + tally.rejected).toBe(N);
      expect(tally.rejected).toBeGreaterThan(0);
      // Reads only: nothing the fuzz fed in caused an order (or any non-GET/POST-read call).
      expect(c.stub.calls.some((call) => /\/order/.test(call.url))).toBe(false);
    },
  );
});
