import type { FakeMarket } from '../state/market-model.ts';

/** CLOB GET /markets row (snake_case). */
export function clobMarketJson(market: FakeMarket) {
  const price = (index: 0 | 1): number => {
    if (market.winnerIndex !== null) return market.winnerIndex === index ? 1 : 0;
    return Number((index === 0 ? market.lastTradePrice : 1 - market.lastTradePrice).toFixed(4));
  };
  return {
    enable_order_book: true,
    active: market.active,
    closed: market.closed,
    archived: market.archived,
    accepting_orders: market.acceptingOrders,
    accepting_order_timestamp: new Date(market.startDateMs).toISOString(),
    minimum_order_size: market.minOrderSize,
    minimum_tick_size: Number(market.tickSize),
    condition_id: market.conditionId,
    question_id: market.questionId,
    question: market.question,
    description: market.description,
    market_slug: market.slug,
    end_date_iso: new Date(market.endDateMs).toISOString(),
    game_start_time: null,
    seconds_delay: 0,
    fpmm: '',
    maker_base_fee: market.feesEnabled ? 1000 : 0,
    taker_base_fee: market.feesEnabled ? 1000 : 0,
    notifications_enabled: true,
    neg_risk: market.negRisk,
    neg_risk_market_id: market.negRisk ? market.questionId : '',
    neg_risk_request_id: '',
    icon: market.image,
    image: market.image,
    rewards: { rates: null, min_size: 50, max_spread: 4.5 },
    is_50_50_outcome: false,
    tokens: market.tokens.map((token, index) => ({
      token_id: token.tokenId,
      outcome: token.outcome,
      price: price(index === 0 ? 0 : 1),
      winner: market.winnerIndex === index,
    })),
    tags: [market.category],
  };
}

/** V2 compact form served by GET /clob-markets/{condition_id}. */
export function clobMarketCompactJson(market: FakeMarket) {
  const fees = market.feesEnabled ? market.feeSchedule : null;
  return {
    c: market.conditionId,
    t: market.tokens.map((token) => ({ t: token.tokenId, o: token.outcome })),
    mts: Number(market.tickSize),
    mos: market.minOrderSize,
    nr: market.negRisk,
    fd: fees ? { r: fees.rate, e: fees.exponent, to: fees.takerOnly } : { r: 0, e: 0, to: true },
    mbf: 0,
    tbf: 0,
    r: null,
    ao: market.acceptingOrders,
    gst: null,
    rfqe: false,
    itode: false,
    ibce: false,
  };
}
