import { proposePairs } from '../../lib/core/venues/cross-venue-candidates';
import type { MatchableMarket } from '../../lib/core/venues/cross-venue-match';
import { SeededRandom } from '../fake-polymarket/scenarios/seeded-random.ts';
import { atMost, type BenchRow, row } from './support/bench-row';

const DAY = 86_400_000;
const START = Date.UTC(2026, 5, 1);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'];
const SUBJECTS = [
  ...['Bitcoin', 'Ethereum', 'Solana', 'XRP', 'Dogecoin', 'Cardano', 'Litecoin', 'Polkadot'],
  ...['CPI', 'unemployment', 'GDP', 'payrolls', 'Fed funds rate', 'ECB rate', 'Brent oil', 'gold'],
  ...['Lakers', 'Celtics', 'Arsenal', 'Real Madrid', 'Yankees', 'Chiefs', 'PSG', 'Bayern'],
  ...['NYC high temperature', 'Chicago snowfall', 'Miami rainfall', 'Denver high temperature'],
  ...['Tesla', 'Nvidia', 'Apple', 'Microsoft', 'S&P 500', 'Nasdaq', 'Dow Jones', 'VIX'],
];

/** `count` threshold bets of one venue, worded its way, on `subjects`, closing over 120 days. */
function bets(
  venue: 'polymarket' | 'kalshi',
  count: number,
  subjects: string[],
  seed: number,
): MatchableMarket[] {
  const rng = new SeededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const subject = rng.pick(subjects);
    const level = rng.int(1, 400) * 500;
    const end = START + rng.int(0, 120) * DAY + 16 * 3_600_000;
    const d = new Date(end);
    const day = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, 2026`;
    const short = `${MONTHS[d.getUTCMonth()]?.slice(0, 3)} ${d.getUTCDate()}, 2026`;
    return venue === 'polymarket'
      ? {
          venue,
          id: String(600_000 + i),
          question: `Will ${subject} be above $${level.toLocaleString('en-US')} on ${day}?`,
          rules: `This market will resolve to "Yes" if ${subject} is above $${level.toLocaleString('en-US')} on ${day}. Otherwise "No".`,
          endTime: end,
        }
      : {
          venue,
          id: `kalshi:KX${i}`,
          question: `${subject} above $${level.toLocaleString('en-US')} on ${short}?`,
          rules: `If ${subject} is above $${level.toLocaleString('en-US')} on ${short}, then the market resolves to Yes.`,
          endTime: end + 3 * 3_600_000,
        };
  });
}

function timed(left: MatchableMarket[], right: MatchableMarket[]): { ms: number; proposed: number } {
  const t = performance.now();
  const proposed = proposePairs(left, right).length;
  return { ms: performance.now() - t, proposed };
}

/** The cross-venue matcher over a scan's worth of markets: 5,000 Polymarket × 2,000 Kalshi. */
export async function crossVenueBench(): Promise<BenchRow[]> {
  const mixed = timed(bets('polymarket', 5_000, SUBJECTS, 1), bets('kalshi', 2_000, SUBJECTS, 2));
  const oneTopic = timed(bets('polymarket', 5_000, ['Bitcoin'], 3), bets('kalshi', 2_000, ['Bitcoin'], 4));
  return [
    row(
      'crossVenue',
      'match 5,000 × 2,000 markets',
      mixed.ms,
      'ms',
      `proposePairs (close times within a week, a shared word, then the matcher) over synthetic threshold bets on ${SUBJECTS.length} subjects over 120 days; ${mixed.proposed} pairs proposed`,
      atMost(2_000, 'ms'),
    ),
    row(
      'crossVenue',
      'match 5,000 × 2,000, one topic',
      oneTopic.ms,
      'ms',
      `the same, every market about Bitcoin (the pre-filter's worst case: every pair within a week is scored); ${oneTopic.proposed} pairs proposed`,
    ),
  ];
}
