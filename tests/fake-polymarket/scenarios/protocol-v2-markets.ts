import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';

/**
 * Lists the last `count` open binary markets as Protocol V2 markets (Gamma `version: "v2"`,
 * `positionIds` instead of `clobTokenIds`), as Polymarket now lists some: the product must skip them.
 */
export function markProtocolV2(state: FakePolymarketState, count: number): void {
  if (count <= 0) return;
  const open = state.markets.filter((m) => !m.closed && !m.negRisk);
  for (const market of open.slice(-count)) market.version = 'v2';
}
