import type { FakeKalshiOrder, FakeKalshiTrade } from '../state/fake-kalshi-state.ts';
import {
  ascendingLevels,
  bestBid,
  type FakeKalshiEvent,
  type FakeKalshiMarket,
} from '../state/kalshi-market-model.ts';
import { dollars, fp, isoTime } from './fixed-point-json.ts';

const STATUS_WORDS: Record<FakeKalshiMarket['status'], string> = {
  active: 'active',
  inactive: 'inactive',
  closed: 'closed',
  determined: 'determined',
  finalized: 'finalized',
};

/** A market as OAS 3.30 `Market` (fixed-point strings only; the removed fields are not sent). */
export function marketJson(m: FakeKalshiMarket): Record<string, unknown> {
  const yesBid = bestBid(m.yesBids);
  const noBid = bestBid(m.noBids);
  return {
    ticker: m.ticker,
    event_ticker: m.eventTicker,
    market_type: 'binary',
    title: m.title,
    subtitle: '',
    yes_sub_title: 'Yes',
    no_sub_title: 'No',
    status: STATUS_WORDS[m.status],
    result: m.result,
    open_time: isoTime(m.openTimeMs),
    close_time: isoTime(m.closeTimeMs),
    expiration_time: isoTime(m.closeTimeMs + 86_400_000),
    expected_expiration_time: isoTime(m.closeTimeMs + 86_400_000),
    latest_expiration_time: isoTime(m.closeTimeMs + 86_400_000),
    settlement_timer_seconds: 3600,
    can_close_early: true,
    yes_bid_dollars: dollars(yesBid ?? 0),
    yes_bid_size_fp: fp(yesBid === null ? 0 : (m.yesBids.get(yesBid) ?? 0)),
    yes_ask_dollars: dollars(noBid === null ? 1_000_000 : 1_000_000 - noBid),
    yes_ask_size_fp: fp(noBid === null ? 0 : (m.noBids.get(noBid) ?? 0)),
    no_bid_dollars: dollars(noBid ?? 0),
    no_ask_dollars: dollars(yesBid === null ? 1_000_000 : 1_000_000 - yesBid),
    last_price_dollars: dollars(m.lastPrice ?? 0),
    volume_fp: fp(m.volume),
    volume_24h_fp: fp(m.volume),
    open_interest_fp: fp(m.openInterest),
    liquidity_dollars: '0.0000',
    notional_value_dollars: '1.0000',
    price_level_structure: m.priceLevelStructure,
    price_ranges: m.ranges.map((r) => ({
      end: dollars(r.end),
      start: dollars(r.start),
      step: dollars(r.step),
    })),
    rules_primary: m.rulesPrimary,
  };
}

export function eventJson(e: FakeKalshiEvent, markets?: FakeKalshiMarket[]): Record<string, unknown> {
  return {
    event_ticker: e.eventTicker,
    series_ticker: e.seriesTicker,
    title: e.title,
    sub_title: e.subTitle,
    mutually_exclusive: e.mutuallyExclusive,
    category: e.category,
    ...(markets ? { markets: markets.map(marketJson) } : {}),
  };
}

const levels = (bids: Map<number, number>, depth: number) =>
  ascendingLevels(bids)
    .slice(depth > 0 ? -depth : 0)
    .map(([price, size]) => [dollars(price), fp(size)]);

/** REST book: bids only, each side ascending (best last); `depth` keeps the best levels. */
export function orderbookJson(m: FakeKalshiMarket, depth = 0): Record<string, unknown> {
  return { orderbook_fp: { yes_dollars: levels(m.yesBids, depth), no_dollars: levels(m.noBids, depth) } };
}

export function orderJson(o: FakeKalshiOrder): Record<string, unknown> {
  return {
    order_id: o.orderId,
    user_id: `user-${o.keyId.slice(0, 8)}`,
    client_order_id: o.clientOrderId,
    ticker: o.ticker,
    outcome_side: o.side === 'bid' ? 'yes' : 'no',
    book_side: o.side,
    type: 'limit',
    status: o.status,
    yes_price_dollars: dollars(o.price),
    no_price_dollars: dollars(1_000_000 - o.price),
    fill_count_fp: fp(o.filled),
    remaining_count_fp: fp(o.remaining),
    initial_count_fp: fp(o.initial),
    taker_fill_cost_dollars: dollars(o.takerCost),
    maker_fill_cost_dollars: '0.0000',
    taker_fees_dollars: dollars(o.takerFees),
    maker_fees_dollars: '0.0000',
    expiration_time: null,
    created_time: isoTime(o.createdMs),
    last_update_time: isoTime(o.updatedMs),
    self_trade_prevention_type: 'taker_at_cross',
    order_group_id: '',
    cancel_order_on_pause: false,
    subaccount_number: 0,
    exchange_index: 0,
  };
}

export function tradeJson(t: FakeKalshiTrade): Record<string, unknown> {
  return {
    trade_id: t.tradeId,
    ticker: t.ticker,
    count_fp: fp(t.count),
    yes_price_dollars: dollars(t.yesPrice),
    no_price_dollars: dollars(1_000_000 - t.yesPrice),
    taker_outcome_side: t.takerOutcome,
    taker_book_side: t.takerBookSide,
    created_time: isoTime(t.timeMs),
  };
}
