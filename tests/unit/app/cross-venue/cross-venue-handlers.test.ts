import { describe, expect, it } from 'vitest';
import { createCrossVenueHandlers } from '../../../../lib/app/cross-venue/cross-venue-handlers';
import { createRouter, type HandlerMap } from '../../../../lib/messaging/router';
import { crossVenueWorld, JUNE_15, market } from './cross-venue-world';

const runtime = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop/' };
const page = { id: runtime.id, url: 'chrome-extension://abcdefghijklmnop/dashboard.html' };
/** The content script on the page of the Polymarket market (its event slug is its id in these tests). */
const polymarketPage = { id: runtime.id, url: 'https://polymarket.com/event/600001', tab: { id: 3 } };
const otherPage = { id: runtime.id, url: 'https://polymarket.com/event/another-market', tab: { id: 4 } };
const envelope = (type: string, payload: unknown = {}) => ({ channel: 'equilibrage', type, payload });

const poly = market(
  'polymarket',
  '600001',
  'Will Bitcoin be above $120,000 on June 15, 2026?',
  'Resolves Yes if Bitcoin is above $120,000 on June 15, 2026.',
  JUNE_15,
);
const kalshi = market(
  'kalshi',
  'kalshi:KXBITCOIN-26JUN15-T120000',
  'Bitcoin above $120,000 on Jun 15, 2026?',
  'If Bitcoin is above $120,000 on Jun 15, 2026, then the market resolves to Yes.',
  JUNE_15,
);
const PAIR = `${poly.id}|${kalshi.id}`;

async function routed() {
  const world = await crossVenueWorld();
  await world.scanned([poly, kalshi]);
  for (const token of [poly.yes, poly.no, kalshi.yes, kalshi.no]) world.asks.set(token.tokenId, 0.5);
  const route = createRouter(createCrossVenueHandlers(world.service) as HandlerMap, runtime);
  return { ...world, route };
}

describe('the cross-venue messages through the router', () => {
  it('lets the extension pages refresh, list, correct and pair', async () => {
    const { route } = await routed();
    const refreshed = await route(envelope('crossVenue.refresh'), page);
    expect(refreshed).toMatchObject({ ok: true, data: { kalshiEnabled: true, matches: [{ id: PAIR }] } });
    const rejected = await route(envelope('crossVenue.setVerdict', { id: PAIR, verdict: 'rejected' }), page);
    expect(rejected).toMatchObject({ ok: true, data: { id: PAIR, verdict: 'rejected' } });
    expect(await route(envelope('crossVenue.list', {}), page)).toMatchObject({
      ok: true,
      data: { matches: [] },
    });
    const paired = await route(
      envelope('crossVenue.pair', { polymarketId: poly.id, kalshiId: kalshi.id }),
      page,
    );
    expect(paired).toMatchObject({ ok: true, data: { verdict: 'confirmed', manual: true } });
  });

  it('answers the polymarket.com overlay its market’s prices, and lets the page change nothing', async () => {
    const { route, store } = await routed();
    await route(envelope('crossVenue.refresh'), page);
    const answer = await route(envelope('crossVenue.forMarket', { marketId: poly.id }), polymarketPage);
    expect(answer).toMatchObject({
      ok: true,
      data: [{ id: PAIR, left: { yesAsk: 500_000 }, right: { question: kalshi.question, noAsk: 500_000 } }],
    });
    for (const [type, payload] of [
      ['crossVenue.setVerdict', { id: PAIR, verdict: 'rejected' }],
      ['crossVenue.pair', { polymarketId: poly.id, kalshiId: kalshi.id }],
      ['crossVenue.refresh', {}],
      ['crossVenue.list', {}],
    ] as const) {
      const refused = await route(envelope(type, payload), polymarketPage);
      expect([type, refused]).toMatchObject([type, { ok: false, error: { code: 'forbidden_sender' } }]);
    }
    expect((await store.crossVenueMatches.get(PAIR))?.verdict).toBe('auto');
    // Another page cannot read this market's pairs: only the market it shows.
    const elsewhere = await route(envelope('crossVenue.forMarket', { marketId: poly.id }), otherPage);
    expect(elsewhere).toEqual({ ok: true, data: [] });
    // A page cannot slip extra fields past the payload schema either.
    const extra = await route(
      envelope('crossVenue.forMarket', { marketId: poly.id, verdict: 'rejected' }),
      polymarketPage,
    );
    expect(extra).toMatchObject({ ok: false });
  });
});
