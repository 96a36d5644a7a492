import { type FakeKalshi, type MirrorBet, startFakeKalshi } from '../fake-kalshi/start-fake-kalshi';
import type { startFakePolymarket } from '../fake-polymarket/start-fake-polymarket';
import { test as base } from './fake-venues-fixture';

/** A fake Polymarket market the fake Kalshi lists too, and how (same bet, worded the other way, another threshold). */
export interface MirroredMarket {
  question: string;
  slug: string;
  kind: NonNullable<MirrorBet['kind']>;
  ticker: string;
}

const KINDS: NonNullable<MirrorBet['kind']>[] = ['same', 'same', 'inverted', 'near_miss'];

type FakePolymarket = Awaited<ReturnType<typeof startFakePolymarket>>;

/** The fake Polymarket's open "Will <coin> be above $N on <date>?" markets the fake Kalshi mirrors. */
function candidates(fake: FakePolymarket) {
  return (
    fake.state.markets
      .filter((m) => !m.closed && m.version !== 'v2' && /^Will \w+ be above \$\d+ on /.test(m.question))
      // balanced enough for the scanner's rules to keep them (the comparison shows in their rows)
      .filter((m) => m.lastTradePrice > 0.3 && m.lastTradePrice < 0.7)
      .slice(0, KINDS.length)
  );
}

/**
 * Both venues' fakes, the fake Kalshi listing four of the fake Polymarket's open "Will <coin> be
 * above $N on <date>?" markets in Kalshi's words (scenarios/mirror-markets.ts): two the same bet,
 * one worded the other way round, one with another threshold. Each at the Polymarket market's own
 * last price, so the gaps after fees are the usual small negative ones.
 */
export const test = base.extend<{ kalshi: FakeKalshi; mirrored: MirroredMarket[] }>({
  kalshi: async ({ fake }, use) => {
    const picked = candidates(fake);
    const mirror: MirrorBet[] = picked.map((m, i) => ({
      question: m.question,
      endTimeMs: m.endDateMs,
      kind: KINDS[i] ?? 'same',
      yesMid: Math.round(m.lastTradePrice * 100) * 10_000,
    }));
    const kalshi = await startFakeKalshi({ markets: 6, seed: 11, startTimeMs: Date.now(), mirror });
    await use(kalshi);
    await kalshi.close();
  },
  mirrored: async ({ fake, kalshi }, use) => {
    const picked = candidates(fake);
    await use(
      picked.map((m, i) => ({
        question: m.question,
        slug: m.slug,
        kind: KINDS[i] ?? 'same',
        ticker: kalshi.mirrored[i] ?? '',
      })),
    );
  },
});

export const expect = test.expect;
