import type { PolymarketClients, PolymarketEndpoints } from '../../../app/ports/polymarket-reads';
import type { VenueCheck, VenueCheckCode } from '../../../app/ports/venue-diagnostics-port';
import { isAppError } from '../../../errors/app-error';

function explain(error: unknown): string {
  if (isAppError(error)) return error.status ? `${error.message} (HTTP ${error.status})` : error.message;
  return error instanceof Error ? error.message : String(error);
}

type CheckText = { code: VenueCheckCode; params: Record<string, string | number> };
type Outcome = Pick<VenueCheck, 'ok' | 'latencyMs' | 'detail' | 'text'>;

/** One read, timed: its words (English for logs) and its coded result (worded by the page). */
async function timed(clock: { now(): number }, fn: () => Promise<[string, CheckText]>): Promise<Outcome> {
  const started = clock.now();
  try {
    const [detail, text] = await fn();
    return { ok: true, latencyMs: clock.now() - started, detail, text };
  } catch (error) {
    const detail = explain(error);
    return {
      ok: false,
      latencyMs: clock.now() - started,
      detail,
      text: { code: 'polymarket_failed', params: { error: detail } },
    };
  }
}

/**
 * Check each configured Polymarket API with one cheap, real read: list a few active markets (Gamma),
 * read one of their order books (CLOB), read recent trades (Data API). Answers in words (the
 * Polymarket venue's diagnostics).
 */
export async function checkEndpoints(
  clients: PolymarketClients,
  endpoints: PolymarketEndpoints,
  clock: { now(): number },
): Promise<VenueCheck[]> {
  let tokenId: string | undefined;
  const gamma = await timed(clock, async () => {
    const page = await clients.gamma.listMarkets({ active: true, closed: false }, { limit: 5 });
    const markets = page.flatMap((p) => (p.ok ? [p.market] : []));
    tokenId = markets[0]?.yes.tokenId;
    return [
      `${page.length} markets listed, ${markets.length} readable`,
      { code: 'polymarket_markets_listed', params: { listed: page.length, readable: markets.length } },
    ];
  });
  const clob = tokenId
    ? await timed(clock, async () => {
        const book = await clients.clob.getBook(tokenId ?? '');
        return [
          `Order book read: ${book.bids.length} bid and ${book.asks.length} ask levels`,
          { code: 'polymarket_book_read', params: { bids: book.bids.length, asks: book.asks.length } },
        ];
      })
    : ({
        ok: false,
        latencyMs: null,
        detail: 'Skipped: no market from Gamma to read a book for.',
        text: { code: 'polymarket_book_skipped', params: {} },
      } satisfies Outcome);
  const data = await timed(clock, async () => {
    const trades = await clients.data.getTrades({ limit: 5 });
    return [
      `${trades.rows.length} recent trades read`,
      { code: 'polymarket_trades_read', params: { count: trades.rows.length } },
    ];
  });
  return [
    { venue: 'polymarket', name: 'gamma', url: endpoints.gammaUrl, ...gamma },
    { venue: 'polymarket', name: 'clob', url: endpoints.clobUrl, ...clob },
    { venue: 'polymarket', name: 'data', url: endpoints.dataUrl, ...data },
  ];
}
