import type { Market } from '../../../../lib/core/model/market';

/** 2026-09-01T00:00:00Z: "now" in tests. */
export const NOW = Date.UTC(2026, 8, 1);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/**
 * A domain market shaped like the real Gamma record in
 * tests/fixtures/polymarket/gamma-markets-list.sports-sep2026.polywatch.json (id 4024205,
 * token ids, fee schedule), with liquidity/volume/end date moved into the default eligible ranges.
 */
export function makeMarket(overrides: Partial<Market> = {}): Market {
  return {
    venue: 'polymarket',
    id: '4024205',
    conditionId: '0x52f00560cff47f0348c6a9b190ffeb7a03ac25a69d8500f6480b3a4531f99316',
    slug: 'bel1-yrm-wes-2026-09-05-spread-away-2pt5',
    question: 'Spread: KVC Westerlo (-2.5)',
    eventId: '941194',
    eventSlug: 'bel1-yrm-wes-2026-09-05-more-markets',
    eventTitle: 'Yellow-Red KV Mechelen vs. KVC Westerlo - More Markets',
    yes: {
      tokenId: '6937345316263619207198212057098522811347823826743124625746751281755844309791',
      label: 'KVC Westerlo',
      price: 500_000,
    },
    no: {
      tokenId: '88516818738198107316447684933819056101328926128451965177647414437808327487872',
      label: 'Yellow-Red KV Mechelen',
      price: 500_000,
    },
    active: true,
    closed: false,
    archived: false,
    enableOrderBook: true,
    acceptingOrders: true,
    negRisk: false,
    liquidity: 10_618_725_900,
    volume24h: 20_000_000_000,
    volume: 99_996_664,
    endTime: NOW + 10 * DAY,
    tickSize: 1_000,
    minOrderSize: 5_000_000,
    bestBid: 499_000,
    bestAsk: 501_000,
    spread: 2_000,
    lastTradePrice: 500_000,
    oneHourPriceChange: null,
    oneDayPriceChange: null,
    oneWeekPriceChange: null,
    fee: { rate: 0.05, exponent: 1, takerOnly: true },
    resolvedOutcome: null,
    tags: ['sports'],
    ...overrides,
  };
}
