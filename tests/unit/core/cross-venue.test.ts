import { describe, expect, it } from 'vitest';
import { proposePairs } from '../../../lib/core/venues/cross-venue-candidates';
import { bestCrossVenueGap, crossVenueGap, type GapLeg } from '../../../lib/core/venues/cross-venue-gap';
import {
  bestMatches,
  type MatchableMarket,
  matchMarkets,
  namedDates,
  thresholds,
} from '../../../lib/core/venues/cross-venue-match';

const DEC16 = Date.UTC(2026, 11, 16, 19);
const kalshiFed: MatchableMarket = {
  venue: 'kalshi',
  id: 'KXFED-26DEC-T3.75',
  question:
    'Will the upper bound of the federal funds rate be above 3.75% after the December 16, 2026 FOMC meeting?',
  rules:
    'If the upper bound of the federal funds target range is above 3.75% following the FOMC meeting on December 16, 2026, then the market resolves to Yes.',
  endTime: DEC16,
};
const polyFed: MatchableMarket = {
  venue: 'polymarket',
  id: '0xfed-dec',
  question: 'Fed upper bound above 3.75% after the December 16, 2026 meeting?',
  rules:
    "This market will resolve to Yes if the upper bound of the target federal funds rate is above 3.75% after the Fed's December 16, 2026 FOMC meeting. Otherwise No.",
  endTime: DEC16 + 5 * 3_600_000,
};

describe('matching a Kalshi market to Polymarket markets', () => {
  it('a true match: same threshold, same date, close times within a day → likely, with the reasons', () => {
    const match = matchMarkets(kalshiFed, polyFed);
    expect(match.confidence).toBeGreaterThanOrEqual(0.7);
    expect(match.orientation).toBe('same');
    expect(match.reasons.map((r) => r.code)).toEqual([
      'text_overlap',
      'same_threshold',
      'same_date',
      'close_times_near',
    ]);
    expect(match.reasons).toContainEqual({ code: 'same_threshold', params: { value: '3.75%' } });
  });

  it('same topic, another meeting date → unlikely, and says the dates differ', () => {
    const january = {
      ...polyFed,
      id: '0xfed-jan',
      question: 'Fed upper bound above 3.75% after the January 27, 2027 meeting?',
      rules: polyFed.rules.replace('December 16, 2026', 'January 27, 2027'),
      endTime: Date.UTC(2027, 0, 27, 19),
    };
    const match = matchMarkets(kalshiFed, january);
    expect(match.confidence).toBeLessThanOrEqual(0.3);
    expect(match.reasons).toContainEqual({
      code: 'different_date',
      params: { left: '2026-12-16', right: '2027-01-27' },
    });
    expect(match.reasons).toContainEqual({ code: 'close_times_apart', params: { days: 42 } });
  });

  it('same date, another threshold → unlikely, and names both thresholds', () => {
    const lower = {
      ...polyFed,
      question: polyFed.question.replace('3.75%', '3.50%'),
      rules: polyFed.rules.replace('3.75%', '3.50%'),
    };
    const match = matchMarkets(kalshiFed, lower);
    expect(match.confidence).toBeLessThanOrEqual(0.3);
    expect(match.reasons).toContainEqual({
      code: 'different_threshold',
      params: { left: '3.75%', right: '3.5%' },
    });
  });

  it('opposite wording (above vs below) is the same bet with YES and NO swapped', () => {
    const below = {
      ...polyFed,
      question: 'Fed upper bound below 3.75% after the December 16, 2026 meeting?',
    };
    const match = matchMarkets(kalshiFed, below);
    expect(match.orientation).toBe('inverted');
    expect(match.reasons).toContainEqual({
      code: 'inverted_outcomes',
      params: { left: 'up', right: 'down' },
    });
  });

  it('ranks candidates: the true match first, unrelated markets and the same venue left out', () => {
    const starship: MatchableMarket = {
      venue: 'polymarket',
      id: '0xstarship',
      question: 'Will SpaceX launch Starship flight 12 by May 19, 2026?',
      rules: 'Resolves Yes if SpaceX launches Starship flight test 12 before May 20, 2026.',
      endTime: Date.UTC(2026, 4, 20),
    };
    const ranked = bestMatches(kalshiFed, [starship, polyFed, { ...kalshiFed, id: 'KXFED-copy' }]);
    expect(ranked.map((m) => m.right.id)).toEqual(['0xfed-dec']);
    expect(matchMarkets(kalshiFed, starship).confidence).toBeLessThan(0.4);
  });

  it('reads thresholds and dates out of question text (years are not thresholds)', () => {
    expect(thresholds('Bitcoin above $120k on June 30, 2026?')).toEqual(['120000']);
    expect(thresholds('CPI above 3.2% in 2026')).toEqual(['3.2%']);
    expect(namedDates('before May 20, 2026 or by June 1st')).toEqual(['06-01', '2026-05-20']);
  });

  it("reads Kalshi's short months and ISO dates as dates, and a '#12' label is no threshold", () => {
    expect(namedDates('Bitcoin above $120,000 on Jun 15, 2026? Then Sept. 3')).toEqual([
      '09-03',
      '2026-06-15',
    ]);
    expect(namedDates('Will Bitcoin be above $120000 on 2026-06-15? #12')).toEqual(['2026-06-15']);
    expect(thresholds('Will Bitcoin be above $120000 on 2026-06-15? #12')).toEqual(['120000']);
    expect(thresholds('Bitcoin above $120,000 on Jun 15, 2026?')).toEqual(['120000']);
  });

  it('the same bet worded each venue its own way is likely; worded the other way round it is as likely, inverted', () => {
    const poly: MatchableMarket = {
      venue: 'polymarket',
      id: '600012',
      question: 'Will Bitcoin be above $120000 on 2026-06-15? #12',
      rules: 'This market will resolve to "Yes" if the stated outcome happens by the end date.',
      endTime: Date.UTC(2026, 5, 15),
    };
    const kalshi: MatchableMarket = {
      venue: 'kalshi',
      id: 'kalshi:KXBITCOIN-26JUN15-T120000',
      question: 'Bitcoin above $120,000 on Jun 15, 2026?',
      rules: 'If Bitcoin is above $120,000 on Jun 15, 2026, then the market resolves to Yes.',
      endTime: Date.UTC(2026, 5, 15, 3),
    };
    const same = matchMarkets(poly, kalshi);
    expect(same.confidence).toBeGreaterThanOrEqual(0.7);
    const below = matchMarkets(poly, {
      ...kalshi,
      question: kalshi.question.replace('above', 'below'),
      rules: kalshi.rules.replace('above', 'below'),
    });
    expect(below).toMatchObject({ confidence: same.confidence, orientation: 'inverted' });
    const nearMiss = matchMarkets(poly, {
      ...kalshi,
      question: kalshi.question.replace('120,000', '125,000'),
    });
    expect(nearMiss.confidence).toBeLessThan(0.4);
  });
});

const book = (price: number, size = 1_000_000_000) => [{ price, size }];
const kalshiLeg = (asks: GapLeg['asks']): GapLeg => ({
  venue: 'kalshi',
  asks,
  fee: { rate: 0.07, exponent: 1 },
});
const polyLeg = (asks: GapLeg['asks'], rate = 0): GapLeg => ({
  venue: 'polymarket',
  asks,
  fee: { rate, exponent: 1 },
});

describe('the price gap after both venues fees for a stake', () => {
  it("buys the most whole pairs the stake pays for, Kalshi's fee rounded up per fill", () => {
    // YES 0.40 on Polymarket (no fee) + NO 0.55 on Kalshi; $100
    const quote = crossVenueGap(polyLeg(book(400_000)), kalshiLeg(book(550_000)), 100_000_000);
    // 104 pairs would cost 100.6018 with fees; 103 cost 41.20 + 56.65 + 1.7845 (0.07 × 103 × 0.2475 = 1.784475 ↑)
    expect(quote).toEqual({
      contracts: 103_000_000,
      costA: 41_200_000,
      costB: 56_650_000,
      feeA: 0,
      feeB: 1_784_500,
      payout: 103_000_000,
      gap: 3_365_500,
      returnRatio: 3_365_500 / 99_634_500,
    });
  });

  it('a gap that fees eat is negative: 0.48 + 0.50 leaves 2¢ before fees, less than nothing after', () => {
    const quote = crossVenueGap(polyLeg(book(480_000), 0.03), kalshiLeg(book(500_000)), 10_000_000);
    // 9 pairs: 4.32 + 4.50 + Kalshi 0.1575 + Polymarket 0.03 × 9 × 0.2496 = 0.067392 → 0.06739
    expect(quote).toMatchObject({ contracts: 9_000_000, feeA: 67_390, feeB: 157_500, gap: -44_890 });
  });

  it('walks the book past a thin best level, and says which direction is better', () => {
    const thin = kalshiLeg([
      { price: 550_000, size: 2_000_000 },
      { price: 600_000, size: 1_000_000_000 },
    ]);
    const quote = crossVenueGap(polyLeg(book(350_000)), thin, 10_000_000);
    // the NO leg fills 2 at 0.55, then the rest at 0.60: 10 pairs cost 3.50 + 5.90 + fees ≤ $10
    expect(quote?.costB).toBe(1_100_000 + 8 * 600_000);
    const best = bestCrossVenueGap(
      polyLeg(book(350_000)),
      polyLeg(book(660_000)),
      kalshiLeg(book(380_000)),
      thin,
      10_000_000,
    );
    expect(best?.direction).toBe('yesA_noB');
    expect(crossVenueGap(polyLeg([]), thin, 10_000_000)).toBeNull();
  });
});

describe('proposing pairs among many markets of both venues', () => {
  const day = (n: number) => Date.UTC(2026, 5, n, 16);
  const poly = (id: string, coin: string, level: string, d: number): MatchableMarket => ({
    venue: 'polymarket',
    id,
    question: `Will ${coin} be above $${level} on June ${d}, 2026?`,
    rules: `Resolves Yes if ${coin} is above $${level} on June ${d}, 2026.`,
    endTime: day(d),
  });
  const kalshi = (id: string, coin: string, level: string, d: number, word = 'above'): MatchableMarket => ({
    venue: 'kalshi',
    id,
    question: `${coin} ${word} $${level} on Jun ${d}, 2026?`,
    rules: `If ${coin} is ${word} $${level} on Jun ${d}, 2026, then the market resolves to Yes.`,
    endTime: day(d) + 3_600_000,
  });

  it('finds each bet its twin on the other venue and nothing else', () => {
    const left = [
      poly('p1', 'Bitcoin', '120,000', 15),
      poly('p2', 'Ethereum', '5,000', 20),
      poly('p3', 'Solana', '300', 2),
    ];
    const right = [
      kalshi('k1', 'Bitcoin', '120,000', 15),
      kalshi('k2', 'Bitcoin', '125,000', 15), // another threshold
      kalshi('k3', 'Bitcoin', '120,000', 29), // another day, two weeks later
      kalshi('k4', 'Ethereum', '5,000', 20, 'below'),
      kalshi('k5', 'Dogecoin', '300', 2), // same threshold and day, another coin
    ];
    const pairs = proposePairs(left, right).map((m) => [m.left.id, m.right.id, m.orientation]);
    expect(pairs).toEqual([
      ['p1', 'k1', 'same'],
      ['p2', 'k4', 'inverted'],
    ]);
    // The pre-filter changes no figure: a proposal scores what matchMarkets says of the pair.
    expect(proposePairs(left, right)[0]?.confidence).toBe(
      matchMarkets(left[0] as MatchableMarket, right[0] as MatchableMarket).confidence,
    );
  });
});
