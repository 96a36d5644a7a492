import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import type { FakeMarket } from '../state/market-model.ts';

const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
/** Gamma JSON-string arrays keep the space after the comma: "[\"Yes\", \"No\"]". */
export const jsonStringArray = (items: string[]): string =>
  `[${items.map((s) => JSON.stringify(s)).join(', ')}]`;

function outcomePrices(market: FakeMarket): string[] {
  if (market.winnerIndex !== null) return market.winnerIndex === 0 ? ['1', '0'] : ['0', '1'];
  const yes = Number(market.lastTradePrice.toFixed(4));
  return [String(yes), String(Number((1 - yes).toFixed(4)))];
}

/** Gamma Market object, keys in the order of the recorded fixture; null/empty fields are omitted. */
export function gammaMarketJson(state: FakePolymarketState, market: FakeMarket, withEvents = true) {
  const levels = state.book(market).tokenLevels(0);
  const bid = levels.bids[0] ? Number(levels.bids[0].price) / 1e6 : undefined;
  const ask = levels.asks[0] ? Number(levels.asks[0].price) / 1e6 : undefined;
  const event = state.eventOf(market);
  const out: Record<string, unknown> = {
    id: market.id,
    question: market.question,
    conditionId: market.conditionId,
    slug: market.slug,
    resolutionSource: '',
    endDate: iso(market.endDateMs),
    liquidity: String(market.liquidity),
    startDate: iso(market.startDateMs),
    image: market.image,
    icon: market.image,
    description: market.description,
    outcomes: jsonStringArray(market.outcomes),
    outcomePrices: jsonStringArray(outcomePrices(market)),
    volume: String(market.volume),
    active: market.active,
    closed: market.closed,
    marketMakerAddress: '',
    createdAt: iso(market.createdAtMs),
    updatedAt: iso(state.nowMs),
    new: false,
    featured: false,
    archived: market.archived,
    restricted: true,
    groupItemThreshold: '0',
    questionID: market.questionId,
    umaResolutionStatus: market.umaResolutionStatus ?? undefined,
    enableOrderBook: true,
    orderPriceMinTickSize: Number(market.tickSize),
    secondsDelay: market.secondsDelay > 0 ? market.secondsDelay : undefined,
    orderMinSize: market.minOrderSize,
    volumeNum: market.volume,
    liquidityNum: market.liquidity,
    endDateIso: iso(market.endDateMs).slice(0, 10),
    startDateIso: iso(market.startDateMs).slice(0, 10),
    hasReviewedDates: true,
    volume24hr: market.volume24hr,
    volume1wk: market.volume1wk,
    volume1mo: market.volume1mo,
    volume1yr: market.volume,
    // Protocol V2 markets trade position ids on a newer exchange and carry no clobTokenIds.
    version: market.version ?? 'v1',
    clobTokenIds: market.version === 'v2' ? undefined : jsonStringArray(market.tokens.map((t) => t.tokenId)),
    positionIds: market.version === 'v2' ? jsonStringArray(market.tokens.map((t) => t.tokenId)) : undefined,
    volume24hrClob: market.volume24hr,
    volume1wkClob: market.volume1wk,
    volume1moClob: market.volume1mo,
    volume1yrClob: market.volume,
    volumeClob: market.volume,
    liquidityClob: market.liquidity,
    makerBaseFee: market.feesEnabled ? 1000 : 0,
    takerBaseFee: market.feesEnabled ? 1000 : 0,
    acceptingOrders: market.acceptingOrders,
    negRisk: market.negRisk,
    events: withEvents && event ? [gammaEventSummary(state, event.id)] : undefined,
    ready: false,
    funded: false,
    acceptingOrdersTimestamp: iso(market.startDateMs),
    cyom: false,
    competitive: 0.8,
    pagerDutyNotificationEnabled: false,
    approved: true,
    rewardsMinSize: 50,
    rewardsMaxSpread: 4.5,
    spread: bid !== undefined && ask !== undefined ? Number((ask - bid).toFixed(6)) : undefined,
    oneDayPriceChange: priceChange(market, 24),
    oneHourPriceChange: priceChange(market, 1),
    oneWeekPriceChange: priceChange(market, 24 * 7 - 1),
    lastTradePrice: market.lastTradePrice,
    bestBid: bid,
    bestAsk: ask,
    automaticallyActive: true,
    clearBookOnStart: false,
    manualActivation: false,
    negRiskOther: false,
    umaResolutionStatuses: market.umaResolutionStatus ? '["proposed", "resolved"]' : '[]',
    pendingDeployment: false,
    deploying: false,
    rfqEnabled: false,
    holdingRewardsEnabled: market.holdingRewardsEnabled ?? false,
    feesEnabled: market.feesEnabled,
    requiresTranslation: false,
    feeType: market.feeType ?? undefined,
    feeSchedule: market.feeSchedule ?? undefined,
  };
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

function priceChange(market: FakeMarket, hoursBack: number): number | undefined {
  const past = market.history[market.history.length - 1 - hoursBack];
  return past ? Number((market.lastTradePrice - past.p).toFixed(4)) : undefined;
}

/** The event object nested in a market's `events[]`. */
export function gammaEventSummary(state: FakePolymarketState, eventId: string) {
  const event = state.events.find((e) => e.id === eventId);
  if (!event) return {};
  const markets = event.markets;
  const sum = (pick: (m: FakeMarket) => number) => markets.reduce((total, m) => total + pick(m), 0);
  const endMs = Math.max(...markets.map((m) => m.endDateMs));
  const closed = markets.every((m) => m.closed);
  return {
    id: event.id,
    ticker: event.ticker,
    slug: event.slug,
    title: event.title,
    description: event.description,
    startDate: iso(event.createdAtMs),
    creationDate: iso(event.createdAtMs),
    endDate: iso(endMs),
    image: markets[0]?.image ?? '',
    icon: markets[0]?.image ?? '',
    active: true,
    closed,
    archived: false,
    new: false,
    featured: false,
    restricted: true,
    liquidity: sum((m) => m.liquidity),
    volume: sum((m) => m.volume),
    openInterest: sum((m) => m.liquidity) / 2,
    createdAt: iso(event.createdAtMs),
    updatedAt: iso(state.nowMs),
    competitive: 0.8,
    volume24hr: sum((m) => m.volume24hr),
    volume1wk: sum((m) => m.volume1wk),
    volume1mo: sum((m) => m.volume1mo),
    volume1yr: sum((m) => m.volume),
    enableOrderBook: true,
    liquidityClob: sum((m) => m.liquidity),
    negRisk: event.negRisk,
    commentCount: 0,
    cyom: false,
    showAllOutcomes: true,
    showMarketImages: true,
    enableNegRisk: event.negRisk,
    automaticallyActive: true,
    negRiskAugmented: false,
    pendingDeployment: false,
    deploying: false,
    requiresTranslation: false,
  };
}
