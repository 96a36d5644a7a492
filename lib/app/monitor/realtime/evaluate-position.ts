import type { Market } from '../../../core/model/market';
import type { PositionStatus } from '../../../core/model/position';
import type { PositionRow } from '../../../core/model/rows/positions';
import type { Decision } from '../../../core/rules/decide';
import type { Logger } from '../../../log/logger';
import type { Clock } from '../../../ports';
import type { Settings } from '../../../settings/schema';
import type { Store } from '../../ports/store-port';
import type { Settled, TradingEngine } from '../../trading/trading-engine';
import { killSwitchClosesAll } from '../breaker';
import { positionDecider } from '../position-decider';
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
  /** Its status as the socket last saw it (the list's read, then each evaluation's). */
  status: PositionStatus;
}

/** When the socket message that prompted this evaluation arrived. */
export interface Arrival {
  mono: number;
  wall: number;
}

type Acting = Extract<Decision, { kind: 'liquidate' | 'close' }>;

const acts = (d: Decision): d is Acting => d.kind === 'liquidate' || d.kind === 'close';

const firstToken = (d: Acting) => (d.kind === 'liquidate' ? d.sell.tokenId : (d.sells[0]?.tokenId ?? ''));

/**
 * Someone else (the alarm pass) liquidated, took profit or stopped the loss since the socket last
 * saw this position: what it would have done is done. Manual, kill-switch and resolution closes are
 * not the socket's business and are not reported.
 */
function handledElsewhere(watched: Watched, found: PositionRow | undefined): Acting['kind'] | null {
  if (!found || found.status === watched.status) return null;
  if (found.status === 'liquidated' && watched.status === 'active') return 'liquidate';
  const exit = found.closeReason === 'take_profit' || found.closeReason === 'stop_loss';
  return found.status === 'closed' && exit ? 'close' : null;
}

/**
 * Evaluate one position on the socket's books with the monitors' ONE decider (position-decider.ts),
 * inside the engine's market lock on ONE read of the row, decided ONCE and acted on as decided (then,
 * after a liquidation, the same-pass re-check). Only divergence liquidations and take-profit /
 * stop-loss closes are acted on here; the kill switch and resolution stay with the alarm pass (they
 * need fresh market state). Returns the timed reactions (one per order-sending decision, or one
 * `already_handled` when the alarm pass got there first); empty when nothing was to be done.
 */
export async function evaluatePosition(
  deps: EvaluateDeps,
  watched: Watched,
  market: Market,
  books: LocalBooks,
  arrival: Arrival,
): Promise<Reaction[]> {
  const yes = books.book(watched.yesTokenId);
  const no = books.book(watched.noTokenId);
  if (!yes || !no) return [];
  const settings = await deps.settings();
  if (killSwitchClosesAll(settings)) return [];
  const decide = positionDecider(settings, deps.clock.now()).at(market, { yes, no });
  const decided: Acting[] = [];
  // Acts on liquidations and exits only (never on resolution: that is the alarm pass's).
  const decideHere = (p: PositionRow): Decision => {
    const d = decide(p);
    if (!acts(d))
      return d.kind === 'hold' ? d : { kind: 'hold', note: 'within_limits', decidedAt: d.decidedAt };
    decided.push(d);
    return d;
  };
  const target = { positionId: watched.positionId, marketId: watched.marketId };
  const handedAt = deps.monotonic();
  let settled: Settled | null = null;
  try {
    const context = { market, books: { yes, no }, settings };
    settled = await deps.engine.decideAndApply(target, decideHere, { context });
  } catch (error) {
    deps.logger.warn('realtime decision failed: the alarm pass will retry', {
      positionId: watched.positionId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
  const done = deps.monotonic();
  const reaction = (kind: Acting['kind'], outcome: Reaction['outcome'], tokenId: string | null): Reaction => {
    const sentAt = tokenId === null ? null : (deps.sends?.sentSince(tokenId, handedAt) ?? null);
    return {
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
  };
  let reactions: Reaction[];
  if (settled === null) {
    const last = decided.at(-1);
    reactions = last ? [reaction(last.kind, 'failed', null)] : [];
  } else {
    reactions = decided.map((d) => reaction(d.kind, 'acted', firstToken(d)));
    const elsewhere = decided.length === 0 ? handledElsewhere(watched, settled.found) : null;
    if (elsewhere) reactions.push(reaction(elsewhere, 'already_handled', null));
    if (settled.position) watched.status = settled.position.status;
  }
  for (const r of reactions) {
    deps.logger.info('realtime decision', {
      positionId: watched.positionId,
      kind: r.kind,
      outcome: r.outcome,
      toSendMs: r.toSendMs ?? -1,
    });
  }
  return reactions;
}
