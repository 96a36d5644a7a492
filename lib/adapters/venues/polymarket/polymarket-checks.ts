import type { PolymarketClients, PolymarketEndpoints } from '../../../app/ports/polymarket-reads';
import type { VenueCheck } from '../../../app/ports/venue-diagnostics-port';
import { isAppError } from '../../../errors/app-error';

function explain(error: unknown): string {
  if (isAppError(error)) return error.status ? `${error.message} (HTTP ${error.status})` : error.message;
  return error instanceof Error ? error.message : String(error);
}

async function timed(
  clock: { now(): number },
  fn: () => Promise<string>,
): Promise<{ ok: boolean; latencyMs: number; detail: string }> {
  const started = clock.now();
  try {
    const detail = await fn();
    return { ok: true, latencyMs: clock.now() - started, detail };
  } catch (error) {
    return { ok: false, latencyMs: clock.now() - started, detail: explain(error) };
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
    return `${page.length} markets listed, ${markets.length} readable`;
  });
  const clob = tokenId
    ? await timed(clock, async () => {
        const book = await clients.clob.getBook(tokenId ?? '');
        return `Order book read: ${book.bids.length} bid and ${book.asks.length} ask levels`;
      })
    : { ok: false, latencyMs: null, detail: 'Skipped: no market from Gamma to read a book for.' };
  const data = await timed(clock, async () => {
    const trades = await clients.data.getTrades({ limit: 5 });
    return `${trades.rows.length} recent trades read`;
  });
  return [
    { venue: 'polymarket', name: 'gamma', url: endpoints.gammaUrl, ...gamma },
    { venue: 'polymarket', name: 'clob', url: endpoints.clobUrl, ...clob },
    { venue: 'polymarket', name: 'data', url: endpoints.dataUrl, ...data },
  ];
}
