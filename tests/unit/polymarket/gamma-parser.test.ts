import { describe, expect, it } from 'vitest';
import { parseGammaEvent } from '../../../lib/adapters/polymarket/schemas/gamma-event';
import { gammaSearchSchema } from '../../../lib/adapters/polymarket/schemas/gamma-pages';
import { parseGammaMarket } from '../../../lib/adapters/polymarket/schemas/parse-gamma-market';
import { fixture } from './fixtures';

describe('parseGammaMarket on recorded fixtures', () => {
  it('maps the BTC 5m market (Up = yes = index 0) with its fee schedule and event', () => {
    const result = parseGammaMarket(fixture('gamma-market.btc5m.ra1nty.json'));
    if (!result.ok) throw new Error(result.reason);
    const m = result.market;
    expect(m).toMatchObject({
      id: '1669969',
      conditionId: '0xba3509c3c29a52bb2f8cf8204755314a38461825e61e77e6350f5abd4b848e05',
      slug: 'btc-updown-5m-1774165800',
      eventId: '292275',
      eventSlug: 'btc-updown-5m-1774165800',
      active: true,
      closed: false,
      negRisk: false,
      tickSize: 1_000,
      minOrderSize: 5_000_000,
      liquidity: 19_748_913_500,
      bestBid: null,
      bestAsk: 10_000,
      spread: 10_000,
      lastTradePrice: 10_000,
      endTime: Date.parse('2026-03-22T07:55:00Z'),
      fee: { rate: 0.25, exponent: 2, takerOnly: true },
      resolvedOutcome: null,
    });
    expect(m.yes).toEqual({
      label: 'Up',
      tokenId: '94242206871221370391055736153305071391564432448684801902267396130896523340261',
      price: 5_000,
    });
    expect(m.no).toMatchObject({ label: 'Down', price: 995_000 });
    // Gamma's description is the resolution criteria the cross-venue matcher reads.
    expect(m.rules).toMatch(/^This market will resolve to "Up"/);
  });

  it('parses the same market in list form', () => {
    const list = fixture('gamma-markets-list.btc5m.ra1nty.json') as unknown[];
    const results = list.map((m) => parseGammaMarket(m));
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('parses the 2020 closed markets (omitted tick/min size default, no fees, tiny prices)', () => {
    const list = fixture('gamma-markets-list.closed2020.trader_evaluator.json') as unknown[];
    const results = list.map((m) => parseGammaMarket(m));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    const first = results[0];
    if (!first?.ok) throw new Error('first');
    expect(first.market).toMatchObject({
      id: '12',
      closed: true,
      tickSize: 10_000,
      minOrderSize: 5_000_000,
      fee: { rate: 0, exponent: 1, takerOnly: true },
      negRisk: false,
      resolvedOutcome: null,
    });
    const tiny = results[3];
    if (!tiny?.ok) throw new Error('tiny');
    expect(tiny.market.yes.price).toBe(1);
    expect(tiny.market.no.price).toBe(999_999);
  });

  it('parses the Sep 2026 sports market (positionIds, feeType v3)', () => {
    const [raw] = fixture('gamma-markets-list.sports-sep2026.polywatch.json') as unknown[];
    const result = parseGammaMarket(raw);
    if (!result.ok) throw new Error(result.reason);
    expect(result.market).toMatchObject({
      id: '4024205',
      bestBid: 999_000,
      bestAsk: 1_000_000,
      oneDayPriceChange: 0.9575,
      fee: { rate: 0.05, exponent: 1, takerOnly: true },
      eventId: '941194',
    });
    expect(result.market.yes.label).toBe('KVC Westerlo');
  });

  it('parses the public search payload with its nested markets', () => {
    const search = gammaSearchSchema.parse(fixture('gamma-public-search.ra1nty.json'));
    expect(search.pagination).toEqual({ hasMore: false, totalResults: 1 });
    const event = parseGammaEvent(search.events?.[0]);
    if (!event.ok) throw new Error(event.reason);
    expect(event.event).toMatchObject({ id: '292275', slug: 'btc-updown-5m-1774165800' });
    const [market] = event.event.markets;
    if (!market?.ok) throw new Error('market');
    expect(market.market).toMatchObject({ id: '1669969', eventId: '292275', eventTitle: event.event.title });
    // Omitted tick size / fees in the search form: defaults, no fee (feesEnabled absent).
    expect(market.market.tickSize).toBe(10_000);
  });
});
