import { shareAPair } from '../../core/ctf/pair-cost-basis';
import { midpoint } from '../../core/model/book-stats';
import type { Micros } from '../../core/model/money';
import type { OutcomeSide } from '../../core/model/outcome-side';
import type { PositionRow } from '../../core/model/rows/positions';
import type { TradeRow } from '../../core/model/rows/trades';
import { applyLegFill, closePosition } from '../../core/rules/fill-accounting';
import { allCoded, coded } from '../../messaging/coded-text';
import type { CtfOutcome } from '../ports/ctf-port';
import { loadMarket, loadSnapshot, type MarketSnapshot } from './market-snapshot';
import type { TradingDeps } from './trading-deps';

type Done = Extract<CtfOutcome, { status: 'done' }>;

/** The trade row of one leg of a split or a merge: the leg's share of the pairs, its gas as the fee. */
export function pairTrade(
  position: PositionRow,
  via: 'split' | 'merge',
  side: OutcomeSide,
  leg: { amount: Micros; fee: Micros; price: Micros; shares: Micros },
  outcome: Done,
  reason: TradeRow['reason'],
  now: number,
): TradeRow {
  return {
    id: `${via}-${position.id}-${side}`,
    positionId: position.id,
    marketId: position.marketId,
    marketName: position.marketName,
    intentId: outcome.intentId,
    side,
    action: via === 'split' ? 'buy' : 'sell',
    reason,
    price: leg.price,
    amount: leg.amount,
    shares: leg.shares,
    fee: leg.fee,
    transactionHash: outcome.txHash,
    orderId: null,
    status: 'filled',
    error: null,
    mode: position.mode,
    executedAt: now,
    via,
  };
}

/** The legs' mids now (for sharing each pair's $1 between them). */
export const midsOf = (snapshot: Pick<MarketSnapshot, 'yes' | 'no'>) => ({
  yes: midpoint(snapshot.yes),
  no: midpoint(snapshot.no),
});

/**
 * Record a done split once: the minted pairs as two buys (cost basis per leg: each pair's $1 shared
 * by the mids, the gas half and half — lib/core/ctf/pair-cost-basis.ts), the position active, in ONE
 * transaction. Applying it again (a restart that asked the port again) changes nothing.
 */
async function recordSplit(
  deps: TradingDeps,
  positionId: string,
  outcome: Done,
  mids: { yes: Micros | null; no: Micros | null },
): Promise<PositionRow | undefined> {
  const now = deps.clock.now();
  return deps.store.transaction(['trades', 'positions'], async () => {
    const position = await deps.store.positions.get(positionId);
    if (position?.status !== 'opening') return position;
    const minted = outcome.delta.yesShares;
    const gas = outcome.delta.gasPaid;
    const shares = shareAPair(minted, gas, mids);
    let next: PositionRow = position;
    for (const side of ['yes', 'no'] as const) {
      const leg = { ...shares[side], shares: minted };
      const fill = { side, action: 'buy' as const, shares: minted, amount: leg.amount, fee: leg.fee };
      next = { ...next, ...applyLegFill(next, fill, 'entry', now) };
      await deps.store.trades.put(pairTrade(position, 'split', side, leg, outcome, 'entry', now));
    }
    const row: PositionRow = {
      ...next,
      status: 'active',
      splitPairs: minted,
      splitGas: gas,
      splitTxHash: outcome.txHash,
      updatedAt: now,
    };
    await deps.store.positions.put(row);
    return row;
  });
}

/** A refused split: nothing was bought; the entry is abandoned with the reason in History. */
async function abandonSplit(deps: TradingDeps, position: PositionRow, code: string, message: string) {
  const now = deps.clock.now();
  const errorText = allCoded([coded(code)])?.[0];
  const failed: TradeRow = {
    id: `split-${position.id}-refused`,
    positionId: position.id,
    marketId: position.marketId,
    marketName: position.marketName,
    intentId: `split-${position.id}`,
    side: 'yes',
    action: 'buy',
    reason: 'entry',
    price: 0,
    amount: 0,
    shares: 0,
    fee: 0,
    transactionHash: null,
    orderId: null,
    status: 'failed',
    error: message,
    ...(errorText ? { errorText } : {}),
    mode: position.mode,
    executedAt: now,
    via: 'split',
  };
  const closed: PositionRow = {
    ...position,
    ...closePosition(position, 'entry_failed', 0, now),
    updatedAt: now,
  };
  await deps.store.transaction(['trades', 'positions'], async () => {
    await deps.store.trades.put(failed);
    await deps.store.positions.put(closed);
  });
  deps.logger.warn('split refused: entry abandoned', { positionId: position.id, code, message });
  return closed;
}

/**
 * Open a position by splitting pUSD into its pairs through the CTF port. The opening row (method and
 * pairs) is written before this runs; the port journals the on-chain intent (live) or applies it at
 * once (paper). Asked again after a restart, the port answers the same operation's outcome (it never
 * splits twice): done is recorded once, refused abandons the entry, pending leaves it opening.
 */
export async function runSplitEntry(
  deps: TradingDeps,
  position: PositionRow,
  given?: MarketSnapshot,
): Promise<PositionRow | undefined> {
  if (!deps.ctfFor) return abandonSplit(deps, position, 'ctf_unavailable', 'No CTF operations are composed.');
  const snapshot =
    given ?? (await loadSnapshot(deps.marketData, await loadMarket(deps.marketData, position.marketId)));
  const ctf = await deps.ctfFor(position.mode, await deps.settings());
  const outcome = await ctf.split({
    market: snapshot.market,
    amount: position.splitPairs ?? 0,
    positionId: position.id,
  });
  if (outcome.status === 'pending') return position;
  if (outcome.status === 'refused') return abandonSplit(deps, position, outcome.code, outcome.message);
  return recordSplit(deps, position.id, outcome, midsOf(snapshot));
}
