import type { FakeKalshi } from '../start-fake-kalshi.ts';

const CENT = 10_000;
const CONTRACT = 1_000_000;

/**
 * Replace both bid lists of a fake Kalshi market ([cents, contracts]); each level change is one
 * socket delta. New levels go in first, then the old ones go: the book never empties on the way.
 */
export function quoteKalshi(
  fake: FakeKalshi,
  ticker: string,
  yes: [number, number][],
  no: [number, number][],
) {
  const market = fake.state.market(ticker);
  if (!market) throw new Error(`no fake market ${ticker}`);
  for (const [cents, size] of yes) fake.state.setBid(ticker, 'yes', cents * CENT, size * CONTRACT);
  for (const [cents, size] of no) fake.state.setBid(ticker, 'no', cents * CENT, size * CONTRACT);
  const keep = (levels: [number, number][]) => new Set(levels.map(([c]) => c * CENT));
  for (const price of [...market.yesBids.keys()])
    if (!keep(yes).has(price)) fake.state.setBid(ticker, 'yes', price, 0);
  for (const price of [...market.noBids.keys()])
    if (!keep(no).has(price)) fake.state.setBid(ticker, 'no', price, 0);
}
