import { formatUsd } from '../../core/model/display';
import type { OutcomeSide } from '../../core/model/outcome-side';
import type { CloseReason } from '../../core/model/position';
import type { PositionRow } from '../../core/model/rows/positions';
import { type Decision, recheckAfter } from '../../core/rules/decide';
import { operationalError, validationError } from '../../errors/app-error';
import { coded } from '../../messaging/coded-text';
import { tripDailyLoss } from '../monitor/breaker';
import { assessEntry } from './assess-entry';
import { advanceEntry } from './entry-flow';
import { entryPreview } from './entry-preview';
import { type ExitContext, liquidateSide, resolvePosition, sellEverything } from './exit-flow';
import { openingRow } from './open-position';
import { type ReconcileReport, reconcile, reconcileAndList } from './reconcile';
import type { EntryPreview, TradeOutcome } from './trade-views';
import { step, type TradingDeps } from './trading-deps';

export interface TradingEngine {
  preview(marketId: string): Promise<EntryPreview>;
  enter(marketId: string): Promise<TradeOutcome>;
  closePosition(positionId: string, reason?: CloseReason): Promise<TradeOutcome>;
  closeAll(reason?: CloseReason): Promise<TradeOutcome>;
  liquidate(positionId: string, side: OutcomeSide, context?: ExitContext): Promise<PositionRow | undefined>;
  /**
   * The one place monitor decisions turn into orders. Inside the market lock: ONE read of the
   * position, `prepare` on it (the alarm pass re-prices), ONE decision, acted on exactly as decided
   * (its orders sent as they are); after a liquidation (core recheckAfter) the position as it now
   * stands is decided on again in the same pass. The alarm pass and the socket, firing together,
   * act once: the second finds the position as the first left it.
   */
  decideAndApply(
    target: { positionId: string; marketId: string },
    decide: (fresh: PositionRow) => Decision,
    options?: DecideOptions,
  ): Promise<Settled>;
  reconcile(): Promise<ReconcileReport>;
  /** reconcile, with the open positions it listed when it changed none of them (else null). */
  reconcileAndList(): Promise<{ report: ReconcileReport; open: PositionRow[] | null }>;
}

export interface DecideOptions {
  /** The monitor's market and books (and settings), for the orders. */
  context?: ExitContext;
  /** Runs on the fresh row before the decision (the alarm pass re-prices it). */
  prepare?: (fresh: PositionRow) => Promise<PositionRow | undefined>;
  /**
   * The row as a batch read found it, with the market lock's ticks taken just BEFORE that read: when
   * no section ran for the market since, the row is still the stored one and is not read again.
   */
  known?: { row: PositionRow; ticks: number };
}

/** What decideAndApply found and did. */
export interface Settled {
  /** The position as read inside the lock (undefined when gone). */
  found: PositionRow | undefined;
  /** Every decision taken, in order (none when the position was not open). */
  decisions: Decision[];
  position: PositionRow | undefined;
}

const isOpenRow = (p: PositionRow | undefined): p is PositionRow =>
  p !== undefined && (p.status === 'active' || p.status === 'liquidated');

const OPERATIONAL_RULES = new Set(['kill_switch', 'daily_loss_limit', 'wallet_locked', 'geoblocked']);

/** What an enter or close did, in English and in coded form (namespace `tradeOutcomes`). */
function outcomeOf(positionId: string | undefined, position: PositionRow | undefined): TradeOutcome {
  const out = (message: string, text: TradeOutcome['text']): TradeOutcome =>
    positionId === undefined ? { message, text } : { positionId, message, text };
  if (!position) return out('The position is gone.', coded('position_gone'));
  if (position.status === 'active')
    return out(`Entered ${position.marketName}.`, coded('entered', { market: position.marketName }));
  if (position.status === 'opening')
    return out(
      'The entry is still in progress: it will be completed on the next pass.',
      coded('entry_pending'),
    );
  if (position.status === 'closed') {
    const message = `Position closed (${position.closeReason ?? 'closed'}), P&L ${formatUsd(position.pnl)}.`;
    return position.closeReason
      ? out(message, coded('closed', { closeReason: position.closeReason, pnlUsd: position.pnl }))
      : out(message, undefined);
  }
  return out(`Position ${position.status}.`, coded(`status_${position.status}`));
}

export function createTradingEngine(deps: TradingDeps): TradingEngine {
  const withPosition = async <T>(positionId: string, fn: (p: PositionRow) => Promise<T>): Promise<T> => {
    const position = await deps.store.positions.get(positionId);
    if (!position) throw validationError('This position does not exist.', { code: 'position_not_found' });
    return deps.locks.run(position.marketId, async () => {
      const fresh = await deps.store.positions.get(positionId);
      if (!fresh) throw validationError('This position does not exist.', { code: 'position_not_found' });
      return fn(fresh);
    });
  };

  const apply = (p: PositionRow, decision: Decision, context?: ExitContext) => {
    if (decision.kind === 'liquidate') return liquidateSide(deps, p, decision.side, context, decision.sell);
    if (decision.kind === 'close') return sellEverything(deps, p, decision.reason, context, decision.sells);
    if (decision.kind === 'resolve') return resolvePosition(deps, p, decision.winner);
    return Promise.resolve(p);
  };

  const closeOne = async (positionId: string, reason: CloseReason): Promise<TradeOutcome> =>
    withPosition(positionId, async (p) => {
      if (p.status === 'opening') {
        throw validationError('This entry is still in progress: close it once it is open.', {
          code: 'entry_in_flight',
        });
      }
      const closed = await sellEverything(deps, p, reason);
      return outcomeOf(positionId, closed);
    });

  return {
    preview: async (marketId) => entryPreview(await assessEntry(deps, marketId)),

    enter: (marketId) =>
      deps.locks.run(marketId, async () => {
        const a = await assessEntry(deps, marketId);
        if (a.strategy?.reference) {
          // A single-side strategy's look: the first one sets the reference its moves count from.
          await deps.store.priceReferences.observe(a.strategy.reference);
        }
        if (a.breakerTripped) await tripDailyLoss(deps, a.settings);
        if (a.blocked !== null || a.plan === null) {
          const code = a.blockedCode ?? 'entry_blocked';
          const make = OPERATIONAL_RULES.has(code) ? operationalError : validationError;
          const text = a.blockedText ?? undefined;
          throw make(a.blocked ?? 'This entry cannot go ahead.', { code, ...(text ? { text } : {}) });
        }
        const now = deps.clock.now();
        const strategy = a.settings.strategy.kind;
        const decision = a.method?.decision ?? null;
        const position = {
          ...openingRow(deps.ids.next(), a.market, a.settings.mode, now, strategy),
          // The way in is written before anything is sent: a restart finishes it the same way.
          ...(decision?.method === 'split'
            ? { entryMethod: 'split' as const, splitPairs: decision.pairs }
            : a.method
              ? { entryMethod: 'books' as const }
              : {}),
        };
        await deps.store.positions.put(position);
        if (a.strategy?.reference)
          await deps.store.priceReferences.markEntered(marketId, a.settings.mode, now);
        await step(deps, 'position_opened', position.id);
        const final = await advanceEntry(deps, position.id, a.plan, a.snapshot);
        return outcomeOf(position.id, final);
      }),

    closePosition: (positionId, reason = 'manual') => closeOne(positionId, reason),

    closeAll: async (reason = 'manual') => {
      const open = (await deps.store.positions.listOpen()).filter((p) => p.status !== 'opening');
      let closed = 0;
      for (const p of open) {
        const outcome = await closeOne(p.id, reason);
        if ((await deps.store.positions.get(p.id))?.status === 'closed') closed += 1;
        deps.logger.info('close all', { positionId: p.id, message: outcome.message ?? '' });
      }
      return {
        message: `${closed} of ${open.length} ${open.length === 1 ? 'position' : 'positions'} closed.`,
        text: coded('closed_some', { closed, total: open.length }),
      };
    },

    liquidate: (positionId, side, context) =>
      withPosition(positionId, (p) => liquidateSide(deps, p, side, context)),

    decideAndApply: ({ positionId, marketId }, decide, { context, prepare, known } = {}) =>
      deps.locks.run(marketId, async (): Promise<Settled> => {
        // This section's own start is the one tick allowed since the batch read (taken while idle).
        const unchanged = known && known.ticks % 2 === 0 && deps.locks.ticks(marketId) === known.ticks + 1;
        const found = unchanged ? known.row : await deps.store.positions.get(positionId);
        const decisions: Decision[] = [];
        let position = isOpenRow(found) && prepare ? await prepare(found) : found;
        while (isOpenRow(position)) {
          const decision = decide(position);
          decisions.push(decision);
          if (decision.kind === 'hold') break;
          const after = await apply(position, decision, context);
          position = after;
          if (!recheckAfter(decision, after)) break;
        }
        return { found, decisions, position };
      }),

    reconcile: () => reconcile(deps),
    reconcileAndList: () => reconcileAndList(deps),
  };
}
