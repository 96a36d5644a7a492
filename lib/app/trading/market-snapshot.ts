import type { Market } from '../../core/model/market';
import type { OrderBook } from '../../core/model/order-book';
import { VENUE_NAMES, venueOfKey } from '../../core/model/venue';
import { validationError } from '../../errors/app-error';
import { coded } from '../../messaging/coded-text';
import type { MarketData } from '../ports/exchange-port';

/** One market with fresh books for its two outcomes, plus books for any extra tokens asked for. */
export interface MarketSnapshot {
  market: Market;
  yes: OrderBook;
  no: OrderBook;
  others: Map<string, OrderBook>;
}

export async function loadMarket(marketData: MarketData, marketId: string): Promise<Market> {
  const market = (await marketData.markets([marketId])).get(marketId);
  if (!market) {
    // The venue its key names (a bare key is Polymarket's).
    const venue = VENUE_NAMES[venueOfKey(marketId)];
    throw validationError(`This market was not found on ${venue}.`, {
      code: 'market_not_found',
      text: coded('market_not_found', { venue }),
    });
  }
  return market;
}

/** Books in ONE batched request: the market's two tokens first, then `extraTokens`. */
export async function loadSnapshot(
  marketData: MarketData,
  market: Market,
  extraTokens: readonly string[] = [],
): Promise<MarketSnapshot> {
  const tokens = [
    market.yes.tokenId,
    market.no.tokenId,
    ...extraTokens.filter((t) => t !== market.yes.tokenId && t !== market.no.tokenId),
  ];
  const books = new Map((await marketData.books([...new Set(tokens)])).map((b) => [b.tokenId, b]));
  const yes = books.get(market.yes.tokenId);
  const no = books.get(market.no.tokenId);
  if (!yes || !no) {
    throw validationError('This market has no order book right now.', {
      code: 'no_book',
      details: { marketId: market.id },
    });
  }
  return { market, yes, no, others: books };
}
