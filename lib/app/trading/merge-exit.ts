import { decideExit, type ExitChoice } from '../../core/ctf/exit-decision';
import { shareAPair } from '../../core/ctf/pair-cost-basis';
import type { CloseReason } from '../../core/model/position';
import type { PositionRow } from '../../core/model/rows/positions';
import type { TradeRow } from '../../core/model/rows/trades';
import { venueOf } from '../../core/model/venue';
import { applyLegFill } from '../../core/rules/fill-accounting';
import { venueHasCtf } from '../../core/venues/venue-ctf';
import type { Settings } from '../../settings/schema';
import type { CtfOperations, CtfOutcome } from '../ports/ctf-port';
import type { ExitContext } from './exit-flow';
import { midsOf, pairTrade } from './split-entry';
import type { TradingDeps } from './trading-deps';

type Done = Extract<CtfOutcome, { status: 'done' }>;

/** The entry setting read for the way out: a forced split merges, forced books sells. */
export function exitChoice(entryMethod: Settings['strategy']['entryMethod']): ExitChoice {
  return entryMethod === 'split' ? 'merge' : entryMethod;
}

/** What the merge step did: nothing (sell everything), merged (sell the rest), or waiting (pending). */
export type MergeStep =
  | { kind: 'none'; position: PositionRow }
  | { kind: 'merged'; position: PositionRow }
  | { kind: 'pending'; position: PositionRow };

/** Record a done merge once: two sells (each pair's $1 shared by the mids, gas as the fee). */
async function recordMerge(
  deps: TradingDeps,
  positionId: string,
  outcome: Done,
  context: ExitContext,
  reason: TradeRow['reason'],
): Promise<PositionRow | undefined> {
  const now = deps.clock.now();
  return deps.store.transaction(['trades', 'positions'], async () => {
    const position = await deps.store.positions.get(positionId);
    if (!position || position.mergedPairs !== undefined) return position;
    const merged = -outcome.delta.yesShares;
    const gas = outcome.delta.gasPaid;
    const shares = shareAPair(merged, gas, midsOf(context.books));
    let next: PositionRow = position;
    for (const side of ['yes', 'no'] as const) {
      const leg = { ...shares[side], shares: merged };
      const fill = { side, action: 'sell' as const, shares: merged, amount: leg.amount, fee: leg.fee };
      next = { ...next, ...applyLegFill(next, fill, 'exit', now) };
      await deps.store.trades.put(pairTrade(position, 'merge', side, leg, outcome, reason, now));
    }
    const row: PositionRow = { ...next, mergedPairs: merged, mergeGas: gas, updatedAt: now };
    await deps.store.positions.put(row);
    return row;
  });
}

/**
 * Before selling both sides of a position (manual close, take-profit, stop-loss, kill switch): ask
 * the core (decideExit) whether merging the pairs held back into pUSD at $1 a pair returns more than
 * selling them, and merge them through the CTF port when it does. The caller then sells only the
 * unpaired rest with the one sell builder. Refused or unavailable: the books are sold as before.
 */
export async function mergePairsFirst(
  deps: TradingDeps,
  position: PositionRow,
  reason: CloseReason,
  tradeReason: TradeRow['reason'],
  context: ExitContext,
): Promise<MergeStep> {
  const none = { kind: 'none' as const, position };
  // Merging is Polymarket's CTF: never on a venue without it (a Kalshi position sells its contracts).
  if (!deps.ctfFor || position.status !== 'active' || !venueHasCtf(venueOf(position))) return none;
  if (position.sharesYes <= 0 || position.sharesNo <= 0) return none;
  if (position.mergedPairs !== undefined) return none;
  const settings = context.settings ?? (await deps.settings());
  let ctf: CtfOperations;
  try {
    ctf = await deps.ctfFor(position.mode, settings);
  } catch (error) {
    deps.logger.warn('merge unavailable: selling both sides', {
      positionId: position.id,
      error: String(error),
    });
    return none;
  }
  if (position.mergingPairs !== undefined) {
    // Asked before a restart: ask for the same merge again (the port answers it, never merges twice).
    return askMerge(deps, ctf, position, position.mergingPairs, tradeReason, context);
  }
  const exit = decideExit({
    yesShares: position.sharesYes,
    noShares: position.sharesNo,
    yesBids: context.books.yes.bids,
    noBids: context.books.no.bids,
    feeRate: context.market.fee,
    gas: await ctf.gas('merge', context.market),
    choice: exitChoice(settings.strategy.entryMethod),
    minOrderSize: context.market.minOrderSize,
  });
  deps.logger.info('exit decided', {
    positionId: position.id,
    method: exit.method,
    why: exit.reason,
    closeReason: reason,
    gain: exit.gain,
  });
  if (exit.method !== 'merge' || exit.merge.merged <= 0) return none;
  const asked: PositionRow = { ...position, mergingPairs: exit.merge.merged, updatedAt: deps.clock.now() };
  await deps.store.positions.put(asked);
  return askMerge(deps, ctf, asked, exit.merge.merged, tradeReason, context);
}

async function askMerge(
  deps: TradingDeps,
  ctf: CtfOperations,
  position: PositionRow,
  amount: number,
  tradeReason: TradeRow['reason'],
  context: ExitContext,
): Promise<MergeStep> {
  const outcome = await ctf.merge({ market: context.market, amount, positionId: position.id });
  if (outcome.status === 'pending') return { kind: 'pending', position };
  if (outcome.status === 'refused') {
    deps.logger.warn('merge refused: selling both sides', { positionId: position.id, code: outcome.code });
    const { mergingPairs: _dropped, ...rest } = position;
    const cleared: PositionRow = { ...rest, updatedAt: deps.clock.now() };
    await deps.store.positions.put(cleared);
    return { kind: 'none', position: cleared };
  }
  const merged = await recordMerge(deps, position.id, outcome, context, tradeReason);
  return merged ? { kind: 'merged', position: merged } : { kind: 'none', position };
}
