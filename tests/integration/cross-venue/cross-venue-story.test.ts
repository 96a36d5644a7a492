import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPolymarketClients } from '../../../lib/adapters/polymarket/polymarket-clients';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';
import { kalshiVenue } from '../../../lib/adapters/venues/kalshi/kalshi-venue';
import { createCrossVenueService } from '../../../lib/app/cross-venue/cross-venue-service';
import { scanThenCompare } from '../../../lib/app/cross-venue/scan-then-compare';
import { createScanPass } from '../../../lib/app/scan/market-scanner';
import { createVenues } from '../../../lib/app/venues/venue-registry';
import { venueKey } from '../../../lib/core/model/venue';
import type { Settings } from '../../../lib/settings/schema';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import type { FakeMarket } from '../../fake-polymarket/state/market-model.ts';
import { passContext } from '../intelligence/scan-harness';
import { polymarketOn } from '../support/polymarket-venues';

let poly: FakePolymarket;
let kalshi: FakeKalshi;
/** Two Polymarket bets Kalshi lists too: one worded the same way, one the other way round. */
let btc: FakeMarket;
let inverted: FakeMarket;

/** Kalshi quotes the bet 15¢ above Polymarket's YES (on its cent grid): its NO is the cheap side. */
const kalshiMid = (m: FakeMarket) => Math.round((m.lastTradePrice + 0.15) * 100) * 10_000;

beforeAll(async () => {
  poly = await startFakePolymarket({ markets: 80, seed: 23 });
  const thresholdBets = poly.state.markets.filter(
    (m) => !m.closed && / above \$\d+ /.test(m.question) && m.lastTradePrice > 0.2 && m.lastTradePrice < 0.6,
  );
  [btc, inverted] = thresholdBets as [FakeMarket, FakeMarket];
  if (!btc || !inverted) throw new Error('the fake Polymarket has too few threshold bets');
  const bet = (m: FakeMarket) => ({ question: m.question, endTimeMs: m.endDateMs, yesMid: kalshiMid(m) });
  kalshi = await startFakeKalshi({
    markets: 9,
    seed: 5,
    mirror: [bet(btc), { ...bet(inverted), kind: 'inverted' }, { ...bet(btc), kind: 'near_miss' }],
  });
});
afterAll(async () => {
  await poly.close();
  await kalshi.close();
});

async function world(kalshiEnabled = true) {
  const clock = { now: () => poly.state.nowMs };
  const store = createStore(new EquilibrageDatabase(`cross-venue-story-${Math.random()}`), clock.now);
  const settings = async (): Promise<Settings> => {
    const current = await store.settings.get();
    return {
      ...current,
      kalshi: { ...current.kalshi, enabled: kalshiEnabled, demoRestUrl: kalshi.restUrl },
      crossVenue: { stakeUsd: 100 },
    };
  };
  const clients = createPolymarketClients({
    endpoints: { gammaUrl: poly.gammaUrl, clobUrl: poly.clobUrl, dataUrl: poly.dataUrl },
    backoff: { baseDelayMs: 1, maxDelayMs: 5 },
    maxAttempts: 2,
  });
  const venues = createVenues([polymarketOn(clients), kalshiVenue({ settings, now: clock.now })]);
  let n = 0;
  const ids = { next: () => `id-${++n}` };
  const crossVenue = createCrossVenueService({ store, venues, settings, clock });
  const scan = scanThenCompare(createScanPass({ store, clock, ids, venues, settings }), crossVenue);
  return { store, crossVenue, scan };
}

describe('a scan of both fakes compares the bets listed on Polymarket and on Kalshi', () => {
  it('finds the mirrored bets as likely matches with their gap after fees, and leaves the near miss out', async () => {
    const { crossVenue, scan, store } = await world();
    const ctx = passContext('scan-cross-venue');
    await scan(ctx);
    expect(ctx.degraded).toEqual([]);
    const [same, other, nearMiss] = kalshi.mirrored.map((t) => venueKey('kalshi', t));
    const list = await crossVenue.list();
    expect(list.kalshiEnabled).toBe(true);

    const btcPair = list.matches.find((m) => m.id === `${btc.id}|${same}`);
    expect(btcPair?.confidence).toBeGreaterThanOrEqual(0.7);
    expect(btcPair?.orientation).toBe('same');
    expect(btcPair?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['same_threshold', 'same_date', 'close_times_near']),
    );
    expect(btcPair?.left.question).toBe(btc.question);
    expect(btcPair?.right.question).toMatch(/^[A-Z][a-z]+ above \$[\d,]+ on [A-Z][a-z]{2} \d{1,2}, 2026\?$/);
    // Kalshi's NO is 15¢ cheaper than Polymarket's: YES there + NO here locks a gain in, after fees.
    const gap = btcPair?.gap;
    expect(gap).toMatchObject({
      direction: 'yesA_noB',
      leftOutcome: 'yes',
      rightOutcome: 'no',
      stake: 100_000_000,
    });
    expect(gap?.gap).toBeGreaterThan(0);
    expect(gap?.fees).toBeGreaterThan(0);
    expect(gap && gap.contracts - gap.cost - gap.fees).toBe(gap?.gap);
    expect(gap && gap.cost + gap.fees).toBeLessThanOrEqual(100_000_000);
    expect(btcPair?.left.yesAsk).not.toBeNull();
    expect(btcPair?.right.noAsk).toBe(1_000_000 - kalshiMid(btc) + 10_000);

    const invertedPair = list.matches.find((m) => m.id === `${inverted.id}|${other}`);
    expect(invertedPair?.confidence).toBeGreaterThanOrEqual(0.7);
    expect(invertedPair?.orientation).toBe('inverted');
    // Worded the other way round, YES here pairs with YES there (Kalshi's YES "below" is the cheap side).
    expect(invertedPair?.gap).toMatchObject({ leftOutcome: 'yes', rightOutcome: 'yes' });
    expect(invertedPair?.gap?.gap).toBeGreaterThan(0);

    const stored = await store.crossVenueMatches.all();
    expect(stored.some((row) => row.rightId === nearMiss)).toBe(false);
    expect(list.matches.every((m) => m.right.venue === 'kalshi' && m.left.venue === 'polymarket')).toBe(true);
    expect(await crossVenue.forMarket(btc.id)).toEqual([btcPair]);
  });

  it('keeps the user’s verdicts through the next scan', async () => {
    const { crossVenue, scan } = await world();
    await scan(passContext('scan-1'));
    const [same, other] = kalshi.mirrored.map((t) => venueKey('kalshi', t));
    await crossVenue.setVerdict(`${btc.id}|${same}`, 'rejected');
    await crossVenue.setVerdict(`${inverted.id}|${other}`, 'confirmed');
    await scan(passContext('scan-2'));
    const ids = (await crossVenue.list()).matches.map((m) => [m.id, m.verdict]);
    expect(ids).toContainEqual([`${inverted.id}|${other}`, 'confirmed']);
    expect(ids.some(([id]) => id === `${btc.id}|${same}`)).toBe(false);
  });

  it('compares nothing while Kalshi is off', async () => {
    const { crossVenue, scan } = await world(false);
    await scan(passContext('scan-off'));
    expect(await crossVenue.list()).toMatchObject({ kalshiEnabled: false, matches: [] });
  });
});
