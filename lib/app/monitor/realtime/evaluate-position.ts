import type { Market } from '../../../core/model/market';
import { type Decision, decidePosition } from '../../../core/rules/decide';
import { exitParamsFor } from '../../../core/strategies/exit-params';
import type { Logger } from '../../../log/logger';
import type { Clock } from '../../../ports';
import type { Settings } from '../../../settings/schema';
import type { Store } from '../../ports/store-port';
import type { TradingEngine } from '../../trading/trading-engine';
import type { LocalBooks } from './local-books';
import type { Reaction } from './reaction-log';
import type { SendClock } from './send-clock';

export interface EvaluateDeps {
  store: Store;
  engine: TradingEngine;
  settings: () => Promise<Settings>;
  clock: Clock;
  logger: Logger;
  /** Monotonic milliseconds (performance.now) for the reaction timings. */
  monotonic: () => number;
  sends?: SendClock;
}

/** A position the socket watches. */
export interface Watched {
  positionId: string;
  marketId: string;
  yesTokenId: string;
  noTokenId: string;
}

/** When the socket message that prompted this evaluation arrived. */
export interface Arrival {
  mono: number;
  wall: number;
}

const acts = (d: Decision): d is Extract<Decision, { kind: 'liquidate' | 'close' }> =>
  d.kind === 'liquidate' || d.kind === 'close';

const firstToken = (d: Extract<Decision, { kind: 'liquidate' | 'close' }>) =>
  d.kind === 'liquidate' ? d.sell.tokenId : (d.sells[0]?.tokenId ?? '');

/**
 * Evaluate one position on the socket's books with the SAME pure decidePosition the alarm pass
 * uses. Only divergence liquidations and take-profit/stop-loss closes are acted on here; the kill
 * switch and resolution stay with the alarm pass (they need fresh market state). The engine
 * decides again inside the market lock on the fresh row, so a position the alarm pass just handled
 * is left alone. Returns the timed reaction, or null when nothing was to be done.
 */
export async function evaluatePosition(
  deps: EvaluateDeps,
  watched: Watched,
  market: Market,
  books: LocalBooks,
  arrival: Arrival,
): Promise<Reaction | null> {
  const yes = books.book(watched.yesTokenId);
  const no = books.book(watched.noTokenId);
  if (!yes || !no) return null;
  const settings = await deps.settings();
  if (settings.killSwitch && settings.limits.killSwitchClosesAll) return null;
  const row = await deps.store.positions.get(watched.positionId);
  if (!row || (row.status !== 'active' && row.status !== 'liquidated')) return null;
  const state = { closed: market.closed, resolvedOutcome: market.resolvedOutcome, feeRate: market.fee };
  const decide = (p: typeof row): Decision => {
    const params = exitParamsFor(p.strategy, settings.strategy);
    const d = decidePosition(p, { yes, no }, state, params, deps.clock.now());
    return acts(d) ? d : { kind: 'hold', note: 'within_limits', decidedAt: d.decidedAt };
  };
  const first = decide(row);
  if (!acts(first)) return null;

  const handedAt = deps.monotonic();
  let outcome: Reaction['outcome'] = 'failed';
  let tokenId = firstToken(first);
  let kind = first.kind;
  try {
    const applied = await deps.engine.decideAndApply(watched.positionId, decide, {
      market,
      books: { yes, no },
    });
    if (acts(applied.decision)) {
      outcome = 'acted';
      tokenId = firstToken(applied.decision);
      kind = applied.decision.kind;
    } else outcome = 'already_handled';
  } catch (error) {
    deps.logger.warn('realtime decision failed: the alarm pass will retry', {
      positionId: watched.positionId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
  const done = deps.monotonic();
  const sentAt = outcome === 'acted' ? (deps.sends?.sentSince(tokenId, handedAt) ?? null) : null;
  const reaction: Reaction = {
    positionId: watched.positionId,
    marketId: watched.marketId,
    kind,
    trigger: 'realtime',
    eventAt: arrival.wall,
    toEngineMs: handedAt - arrival.mono,
    toSendMs: sentAt === null ? null : sentAt - arrival.mono,
    toDoneMs: done - arrival.mono,
    outcome,
  };
  deps.logger.info('realtime decision', {
    positionId: watched.positionId,
    kind,
    outcome,
    toSendMs: reaction.toSendMs ?? -1,
  });
  return reaction;
}
