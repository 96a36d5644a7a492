import type { Position } from '../exchange/accounts.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import type { DataTradeRecord } from '../state/trade-records.ts';

/** Data API /trades row (camelCase, field order of the recorded fixture). */
export function dataTradeJson(state: FakePolymarketState, trade: DataTradeRecord) {
  const ref = state.token(trade.tokenId);
  const market = ref?.market;
  const event = market ? state.eventOf(market) : undefined;
  const profile = state.profile(trade.proxyWallet);
  return {
    proxyWallet: trade.proxyWallet,
    side: trade.side,
    asset: trade.tokenId,
    conditionId: trade.conditionId,
    size: trade.size,
    price: trade.price,
    timestamp: trade.timestampSec,
    title: market?.question ?? '',
    slug: market?.slug ?? '',
    icon: market?.image ?? '',
    eventSlug: event?.slug ?? '',
    outcome: ref && market ? market.tokens[ref.index].outcome : '',
    outcomeIndex: ref?.index ?? 0,
    name: profile.name,
    pseudonym: profile.pseudonym,
    bio: '',
    profileImage: '',
    profileImageOptimized: '',
    transactionHash: trade.transactionHash,
  };
}

/** Data API /positions row for one holding. */
export function positionJson(state: FakePolymarketState, address: string, position: Position) {
  const ref = state.token(position.tokenId);
  if (!ref) return undefined;
  const { market, index } = ref;
  const size = Number(position.size) / 1e6;
  const initialValue = Number(position.costBasis) / 1e6;
  const yes = market.winnerIndex !== null ? (market.winnerIndex === 0 ? 1 : 0) : market.lastTradePrice;
  const curPrice = Number((index === 0 ? yes : 1 - yes).toFixed(4));
  const currentValue = size * curPrice;
  const event = state.eventOf(market);
  return {
    proxyWallet: address,
    asset: position.tokenId,
    conditionId: market.conditionId,
    size,
    avgPrice: size > 0 ? Number((initialValue / size).toFixed(4)) : 0,
    initialValue,
    grossInitialValue: initialValue,
    entryFeesUsdc: 0,
    currentValue,
    cashPnl: currentValue - initialValue,
    percentPnl: initialValue > 0 ? ((currentValue - initialValue) / initialValue) * 100 : 0,
    totalBought: Number(position.totalBought) / 1e6,
    realizedPnl: Number(position.realizedPnl) / 1e6,
    percentRealizedPnl: 0,
    curPrice,
    redeemable: market.closed,
    mergeable: false,
    title: market.question,
    slug: market.slug,
    icon: market.image,
    eventId: market.eventId,
    eventSlug: event?.slug ?? '',
    outcome: market.tokens[index].outcome,
    outcomeIndex: index,
    oppositeOutcome: market.tokens[index === 0 ? 1 : 0].outcome,
    oppositeAsset: market.tokens[index === 0 ? 1 : 0].tokenId,
    endDate: new Date(market.endDateMs).toISOString().slice(0, 10),
    negativeRisk: market.negRisk,
  };
}
