import type { Market } from '../model/market';
import { DEFAULT_VENUE } from '../model/venue';
import type { MarketInfo } from './compiled-dataset';
import { marketFee } from './dataset';

const UNKNOWN_IS_ENOUGH = Number.MAX_SAFE_INTEGER;

/**
 * The domain Market record for a backtest market, so the core eligibility rules (preFilterMarket) run
 * unchanged. It is open and tradable (the engine never asks about a resolved market); liquidity and
 * 24 h volume come from the dataset, and when the dataset has none those two rules are not applied.
 */
export function marketRecord(info: MarketInfo): Market {
  const liquidity = info.liquidity === undefined ? UNKNOWN_IS_ENOUGH : Math.round(info.liquidity * 1e6);
  const volume24h = info.volume24h === undefined ? UNKNOWN_IS_ENOUGH : Math.round(info.volume24h * 1e6);
  return {
    venue: info.venue ?? DEFAULT_VENUE,
    id: info.id,
    conditionId: info.id,
    slug: info.id,
    question: info.question,
    eventId: null,
    eventSlug: null,
    eventTitle: null,
    yes: { tokenId: info.yesTokenId, label: 'Yes', price: 0 },
    no: { tokenId: info.noTokenId, label: 'No', price: 0 },
    active: true,
    closed: false,
    archived: false,
    enableOrderBook: true,
    acceptingOrders: true,
    negRisk: false,
    liquidity,
    volume24h,
    volume: volume24h,
    endTime: info.endTime,
    tickSize: info.tickSize,
    minOrderSize: 0,
    bestBid: null,
    bestAsk: null,
    spread: null,
    lastTradePrice: null,
    oneHourPriceChange: null,
    oneDayPriceChange: null,
    oneWeekPriceChange: null,
    fee: { ...marketFee(info), takerOnly: true },
    resolvedOutcome: null,
    tags: [],
  };
}
