import type { MarketData } from '../../app/ports/exchange-port';
import type { Market } from '../../core/model/market';
import { ClobReads } from '../polymarket/clob-reads';
import type { PolymarketClients } from '../polymarket/polymarket-clients';

/** Tokens per `POST /books`: 100 positions (200 tokens) cost two requests. */
export const TRADING_BOOKS_CHUNK = 100;

/**
 * The engine's market reads over the shared Polymarket clients (their rate budget and HTTP layer),
 * asked for on every read so they are those of the current settings:
 * books in batches of 100 tokens, markets by id in one Gamma request (two when some are closed).
 */
export function marketDataFromClients(
  clients: () => PolymarketClients | Promise<PolymarketClients>,
): MarketData {
  let reads: { http: PolymarketClients['http']; clob: ClobReads } | undefined;
  const clob = async (): Promise<ClobReads> => {
    const { http } = await clients();
    if (reads?.http !== http)
      reads = { http, clob: new ClobReads(http, { booksChunkSize: TRADING_BOOKS_CHUNK }) };
    return reads.clob;
  };
  return {
    books: async (tokenIds) => (tokenIds.length === 0 ? [] : (await clob()).getBooks(tokenIds)),
    markets: async (ids) => {
      const out = new Map<string, Market>();
      if (ids.length === 0) return out;
      const { gamma } = await clients();
      for (const p of await gamma.listMarkets({ ids: [...ids] }, { limit: ids.length }))
        if (p.ok) out.set(p.market.id, p.market);
      // Gamma's /markets answers closed=false unless told otherwise: a closed (resolved) market is
      // found only with closed=true, so the ids it did not return are asked again that way.
      const rest = ids.filter((id) => !out.has(id));
      if (rest.length === 0) return out;
      for (const p of await gamma.listMarkets({ ids: rest, closed: true }, { limit: rest.length }))
        if (p.ok) out.set(p.market.id, p.market);
      return out;
    },
  };
}
