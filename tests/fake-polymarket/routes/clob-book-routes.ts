import { orderBookSummaryJson } from '../serializers/order-book-json.ts';
import { apiError, type FakeResponse, json, parseJsonText } from '../server/http-types.ts';
import type { Router } from '../server/router.ts';
import type { FakePolymarketState, TokenRef } from '../state/fake-polymarket-state.ts';
import { bestPrices, isResponse, lookupToken, priceString } from './token-lookup.ts';

type Quote = (ref: TokenRef) => unknown;

/** Public order-book routes: /book, /books, /price(s), /midpoint(s), /spread(s), last trades, tick, neg-risk, fee. */
export function addClobBookRoutes(router: Router, state: FakePolymarketState): void {
  const single = (quote: Quote) => (req: { query: URLSearchParams }) => {
    const ref = lookupToken(state, req.query.get('token_id') ?? undefined);
    return isResponse(ref) ? ref : json(quote(ref));
  };
  const batch =
    (collect: (ref: TokenRef, item: Record<string, unknown>, out: Record<string, unknown>) => void) =>
    (req: { rawBody: string }): FakeResponse => {
      const items = parseBatch(req.rawBody);
      if (!items) return apiError(400, 'Invalid payload');
      if (items.length > 500) return apiError(400, 'Payload exceeds the limit');
      const out: Record<string, unknown> = {};
      for (const item of items) {
        const ref = lookupToken(state, item.token_id);
        if (!isResponse(ref)) collect(ref, item, out);
      }
      return json(out);
    };
  const book = (ref: TokenRef) =>
    orderBookSummaryJson(ref.market, ref.index, state.book(ref.market), state.nowMs);
  const mid = (ref: TokenRef): string => {
    const { bid, ask } = bestPrices(state, ref);
    return priceString(((bid ?? 0) + (ask ?? bid ?? 0)) / 2);
  };
  const spread = (ref: TokenRef): string => {
    const { bid, ask } = bestPrices(state, ref);
    return priceString((ask ?? 1) - (bid ?? 0));
  };
  const sidePrice = (ref: TokenRef, side: string): string => {
    const { bid, ask } = bestPrices(state, ref);
    return priceString(side === 'BUY' ? (bid ?? 0) : (ask ?? 1));
  };
  const lastTrade = (ref: TokenRef) => {
    const yes = ref.market.lastTradePrice;
    return { price: priceString(ref.index === 0 ? yes : 1 - yes), side: ref.market.lastTradeSide };
  };

  router
    .add('GET', '/book', single(book))
    .add('POST', '/books', (req) => {
      const items = parseBatch(req.rawBody);
      if (!items) return apiError(400, 'Invalid payload');
      if (items.length > 500) return apiError(400, 'Payload exceeds the limit');
      const refs = items.map((item) => lookupToken(state, item.token_id)).filter((r) => !isResponse(r));
      return json(refs.map((ref) => book(ref as TokenRef)));
    })
    .add('GET', '/price', (req) => {
      const side = req.query.get('side');
      if (side !== 'BUY' && side !== 'SELL') return apiError(400, 'Invalid side');
      return single((ref) => ({ price: sidePrice(ref, side) }))(req);
    })
    .add(
      'POST',
      '/prices',
      batch((ref, item, out) => {
        const side = item.side === 'SELL' ? 'SELL' : 'BUY';
        const previous = (out[ref.market.tokens[ref.index].tokenId] ?? {}) as Record<string, string>;
        out[ref.market.tokens[ref.index].tokenId] = { ...previous, [side]: sidePrice(ref, side) };
      }),
    )
    .add(
      'GET',
      '/midpoint',
      single((ref) => ({ mid: mid(ref) })),
    )
    .add(
      'POST',
      '/midpoints',
      batch((ref, _item, out) => {
        out[ref.market.tokens[ref.index].tokenId] = mid(ref);
      }),
    )
    .add(
      'GET',
      '/spread',
      single((ref) => ({ spread: spread(ref) })),
    )
    .add(
      'POST',
      '/spreads',
      batch((ref, _item, out) => {
        out[ref.market.tokens[ref.index].tokenId] = spread(ref);
      }),
    )
    .add('GET', '/last-trade-price', single(lastTrade))
    .add('POST', '/last-trades-prices', (req) => {
      const items = parseBatch(req.rawBody);
      if (!items) return apiError(400, 'Invalid payload');
      const refs = items.map((item) => lookupToken(state, item.token_id)).filter((r) => !isResponse(r));
      return json(
        refs.map((r) => ({
          token_id: (r as TokenRef).market.tokens[(r as TokenRef).index].tokenId,
          ...lastTrade(r as TokenRef),
        })),
      );
    })
    .add(
      'GET',
      '/tick-size',
      single((ref) => ({ minimum_tick_size: Number(ref.market.tickSize) })),
    )
    .add(
      'GET',
      '/neg-risk',
      single((ref) => ({ neg_risk: ref.market.negRisk })),
    )
    .add(
      'GET',
      '/fee-rate',
      single(() => ({ base_fee: 0 })),
    );
}

function parseBatch(rawBody: string): Record<string, unknown>[] | undefined {
  const body = parseJsonText(rawBody);
  if (!Array.isArray(body)) return undefined;
  return body.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
}
