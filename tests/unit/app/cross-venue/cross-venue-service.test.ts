import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../lib/errors/app-error';
import { crossVenueWorld, JUNE_15, market } from './cross-venue-world';

const HOUR = 3_600_000;
const JUNE_20 = JUNE_15 + 5 * 24 * HOUR;

const polyBtc = market(
  'polymarket',
  '600001',
  'Will Bitcoin be above $120,000 on June 15, 2026?',
  'This market will resolve to "Yes" if the Bitcoin price is above $120,000 on June 15, 2026.',
  JUNE_15,
);
const kalshiBtc = market(
  'kalshi',
  'kalshi:KXBITCOIN-26JUN15-T120000',
  'Bitcoin above $120,000 on Jun 15, 2026?',
  'If Bitcoin is above $120,000 on Jun 15, 2026, then the market resolves to Yes.',
  JUNE_15 + 3 * HOUR,
);
const kalshiBtcNearMiss = market(
  'kalshi',
  'kalshi:KXBITCOIN-26JUN15-T126000',
  'Bitcoin above $126,000 on Jun 15, 2026?',
  'If Bitcoin is above $126,000 on Jun 15, 2026, then the market resolves to Yes.',
  JUNE_15 + 3 * HOUR,
);
const polyEth = market(
  'polymarket',
  '600002',
  'Will Ethereum be above $5,000 on June 20, 2026?',
  'This market will resolve to "Yes" if Ethereum is above $5,000 on June 20, 2026.',
  JUNE_20,
);
/** The same bet worded the other way round: its YES is Polymarket's NO. */
const kalshiEthBelow = market(
  'kalshi',
  'kalshi:KXETHEREUM-26JUN20-B5000',
  'Ethereum below $5,000 on Jun 20, 2026?',
  'If Ethereum is below $5,000 on Jun 20, 2026, then the market resolves to Yes.',
  JUNE_20 + 2 * HOUR,
);
const BTC_ID = `${polyBtc.id}|${kalshiBtc.id}`;
const ETH_ID = `${polyEth.id}|${kalshiEthBelow.id}`;

async function twoVenues(options: Parameters<typeof crossVenueWorld>[0] = {}) {
  const world = await crossVenueWorld(options);
  await world.scanned([polyBtc, polyEth, kalshiBtc, kalshiBtcNearMiss, kalshiEthBelow]);
  // Bitcoin: YES 40¢ on Polymarket, NO 55¢ on Kalshi (and the other way 62¢ + 58¢).
  for (const [token, ask] of [
    [polyBtc.yes.tokenId, 0.4],
    [polyBtc.no.tokenId, 0.62],
    [kalshiBtc.yes.tokenId, 0.58],
    [kalshiBtc.no.tokenId, 0.55],
    [kalshiBtcNearMiss.yes.tokenId, 0.3],
    [kalshiBtcNearMiss.no.tokenId, 0.3],
    // Ethereum: YES above 45¢ on Polymarket + YES below 50¢ on Kalshi is the cheap pair.
    [polyEth.yes.tokenId, 0.45],
    [polyEth.no.tokenId, 0.58],
    [kalshiEthBelow.yes.tokenId, 0.5],
    [kalshiEthBelow.no.tokenId, 0.6],
  ] as const)
    world.asks.set(token, ask);
  return world;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return isAppError(error) ? error.code : `no coded error: ${String(error)}`;
}

describe('matching the scanned markets of Polymarket and Kalshi', () => {
  it('proposes the same bets as likely, with the gap after both fees for the stake; the near miss is left out', async () => {
    const { service } = await twoVenues();
    const list = await service.refresh();
    expect(list).toMatchObject({ kalshiEnabled: true, stake: 100_000_000 });
    expect(list.updatedAt).not.toBeNull();
    expect(list.matches.map((m) => m.id)).toEqual([BTC_ID, ETH_ID]);
    const [btc, eth] = list.matches;
    expect(btc?.confidence).toBeGreaterThanOrEqual(0.7);
    expect(eth?.confidence).toBeGreaterThanOrEqual(0.7);
    expect(btc).toMatchObject({
      verdict: 'auto',
      manual: false,
      orientation: 'same',
      left: {
        venue: 'polymarket',
        yesAsk: 400_000,
        noAsk: 620_000,
        url: 'https://polymarket.com/event/600001',
      },
      right: { venue: 'kalshi', yesAsk: 580_000, noAsk: 550_000, url: null },
    });
    // $100: YES 40¢ here + NO 55¢ there. 103 pairs cost 41.20 + 56.65, Kalshi's fee
    // 0.07 × 103 × 0.55 × 0.45 = 1.784475 rounded up to 1.7845 (Polymarket: no fee on this market):
    // the pairs pay 103, so 3.3655 is locked in before transfer costs.
    expect(btc?.gap).toEqual({
      direction: 'yesA_noB',
      leftOutcome: 'yes',
      rightOutcome: 'no',
      stake: 100_000_000,
      contracts: 103_000_000,
      cost: 97_850_000,
      fees: 1_784_500,
      gap: 3_365_500,
      returnRatio: 3_365_500 / 99_634_500,
    });
    expect(list.matches.some((m) => m.right.marketId === kalshiBtcNearMiss.id)).toBe(false);
  });

  it('respects the inverted wording: YES above on Polymarket pairs with YES below on Kalshi', async () => {
    const { service } = await twoVenues();
    const eth = (await service.refresh()).matches.find((m) => m.id === ETH_ID);
    expect(eth?.orientation).toBe('inverted');
    expect(eth?.reasons).toContainEqual({ code: 'inverted_outcomes', params: { left: 'up', right: 'down' } });
    // 45¢ + 50¢: 103 pairs cost 97.85 + Kalshi 0.07 × 103 × 0.25 = 1.8025 → 3.3475 locked in. Read
    // the same way round (YES with NO) both directions would lose money (45 + 60, 58 + 50).
    expect(eth?.gap).toMatchObject({
      direction: 'yesA_noB',
      leftOutcome: 'yes',
      rightOutcome: 'yes',
      contracts: 103_000_000,
      fees: 1_802_500,
      gap: 3_347_500,
    });
  });

  it('reads the books in batches of each venue, one request per batch', async () => {
    const { service, asked } = await twoVenues();
    await service.refresh();
    expect(asked.every((batch) => batch.length <= 2)).toBe(true);
    expect(asked.flat().sort()).toEqual(
      [polyBtc, polyEth, kalshiBtc, kalshiEthBelow].flatMap((m) => [m.yes.tokenId, m.no.tokenId]).sort(),
    );
  });
});

describe("the user's verdicts", () => {
  it('survive the next scan: a rejected pair never comes back, a confirmed one stays when the matcher doubts it', async () => {
    const { service, scanned, later } = await twoVenues();
    await service.refresh();
    expect((await service.setVerdict(BTC_ID, 'rejected')).verdict).toBe('rejected');
    expect((await service.setVerdict(ETH_ID, 'confirmed')).verdict).toBe('confirmed');

    // Next scan: Kalshi rewords its Ethereum market (the matcher now finds little in common).
    later(3_600_000);
    await scanned([{ ...kalshiEthBelow, question: 'ETH under 5k?', rules: '' }]);
    const after = await service.refresh();
    expect(after.matches.map((m) => [m.id, m.verdict])).toEqual([[ETH_ID, 'confirmed']]);
    expect(after.matches[0]?.confidence).toBeLessThan(0.4);
    expect(after.matches[0]?.right.question).toBe('ETH under 5k?');

    // The rejected pair is still known, hidden, and not proposed again by a third scan.
    await service.refresh();
    const all = await service.list(true);
    expect(all.matches.find((m) => m.id === BTC_ID)?.verdict).toBe('rejected');
    expect((await service.list()).matches.map((m) => m.id)).toEqual([ETH_ID]);
  });

  it('pairs two markets by hand (the near miss the matcher left out), confirmed and kept across scans', async () => {
    const { service } = await twoVenues();
    await service.refresh();
    // The Kalshi ticker may be given bare, as Kalshi shows it.
    const pair = await service.pair(polyBtc.id, 'KXBITCOIN-26JUN15-T126000');
    expect(pair).toMatchObject({
      id: `${polyBtc.id}|${kalshiBtcNearMiss.id}`,
      verdict: 'confirmed',
      manual: true,
      right: { yesAsk: 300_000, noAsk: 300_000 },
    });
    expect(pair.confidence).toBeLessThan(0.4);
    expect(pair.gap?.gap).toBeGreaterThan(0);
    const list = await service.refresh();
    // Best gap first: the hand-made pair (40¢ + 30¢) before the two proposals.
    expect(list.matches.map((m) => m.id)).toEqual([pair.id, BTC_ID, ETH_ID]);
  });

  it('refuses a pair of unknown markets or of the wrong venues, and a verdict on an unknown match', async () => {
    const { service } = await twoVenues();
    expect(await codeOf(service.pair('999999', kalshiBtc.id))).toBe('cross_venue_market_unknown');
    expect(await codeOf(service.pair(polyBtc.id, 'KXNOTLISTED'))).toBe('cross_venue_market_unknown');
    expect(await codeOf(service.pair(kalshiBtc.id, kalshiBtc.id))).toBe('cross_venue_wrong_venue');
    expect(await codeOf(service.pair(polyBtc.id, polyEth.id))).toBe('cross_venue_wrong_venue');
    expect(await codeOf(service.setVerdict('600001|kalshi:NOPE', 'confirmed'))).toBe(
      'cross_venue_match_unknown',
    );
  });
});

describe('the page overlay and Kalshi turned off', () => {
  it("answers one Polymarket market's shown pairs, never a rejected one", async () => {
    const { service } = await twoVenues();
    await service.refresh();
    expect((await service.forMarket(polyBtc.id)).map((m) => m.id)).toEqual([BTC_ID]);
    await service.setVerdict(BTC_ID, 'rejected');
    expect(await service.forMarket(polyBtc.id)).toEqual([]);
    expect((await service.forMarket(polyEth.id)).map((m) => m.right.question)).toEqual([
      'Ethereum below $5,000 on Jun 20, 2026?',
    ]);
  });

  it('matches nothing while Kalshi is off, and says so', async () => {
    const { service, store } = await twoVenues({ kalshiEnabled: false });
    const list = await service.refresh();
    expect(list).toEqual({ matches: [], stake: 100_000_000, updatedAt: null, kalshiEnabled: false });
    expect(await store.crossVenueMatches.all()).toEqual([]);
    expect(await service.forMarket(polyBtc.id)).toEqual([]);
    expect(await codeOf(service.pair(polyBtc.id, kalshiBtc.id))).toBe('cross_venue_kalshi_off');
  });
});
