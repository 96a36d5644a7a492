import { lockedCapital, redeemCandidate } from '../../core/ctf/redeem-selection';
import type { Market } from '../../core/model/market';
import type { Micros } from '../../core/model/money';
import type { PositionRow } from '../../core/model/rows/positions';
import { venueOf } from '../../core/model/venue';
import { venueHasCtf } from '../../core/venues/venue-ctf';
import { isAppError, validationError } from '../../errors/app-error';
import type { Logger } from '../../log/logger';
import { type CodedText, coded } from '../../messaging/coded-text';
import type { Clock } from '../../ports';
import type { Settings } from '../../settings/schema';
import { currentMarkets } from '../market-data/market-facts';
import type { CtfOperations, CtfOutcome, CtfProvider } from '../ports/ctf-port';
import type { MarketData } from '../ports/exchange-port';
import type { Store } from '../ports/store-port';
import type { KeyedLock } from '../trading/keyed-lock';
import { readyState, redeemedRow, redeemTrade, repriced, worthlessClose } from './redeem-records';

/**
 * Redeeming resolved markets (issue 18, polymarket-ctf.md §7). A position waits for a redeem once
 * Gamma says its market closed and resolved AND the chain's payouts (`CtfOperations.payouts`) price
 * it; the state is written on the position (`redeem`), so the popup and the dashboard show the
 * capital locked and a Redeem button from the store. Redeeming goes through `CtfOperations.redeem`
 * (standard and neg-risk alike: the adapters take both whole balances): `done` records ONE trade and
 * closes the position "resolved, redeemed"; `pending` stays pending until `reconcile` settles it and
 * is never sent again; `refused` keeps its reason and stays redeemable.
 *
 * Paper never reaches this service: its exchange pays a resolved market at once (settleResolution,
 * idempotent by key) and the position closes in the same pass, so nothing is paid twice.
 */
export interface RedeemDeps {
  store: Store;
  marketData: MarketData;
  ctfFor: CtfProvider;
  clock: Clock;
  logger: Logger;
  settings: () => Promise<Settings>;
  /** The trading engine's market locks: a redeem never interleaves with an order on its market. */
  locks: KeyedLock;
}

export interface RedeemResult {
  positionId: string;
  status: 'redeemed' | 'pending' | 'refused' | 'nothing';
  payout: Micros;
  text: CodedText;
  message: string;
}

export interface RedeemService {
  /** Price every resolved position from the chain; close those holding only losing shares. */
  refresh(): Promise<{ waiting: number; locked: Micros }>;
  redeem(positionId: string): Promise<RedeemResult>;
  /** Redeem every position whose money waits (ready or refused before). */
  redeemAll(): Promise<RedeemResult[]>;
  /** Settle the redeems sent before but not final (after a restart, on each pass). */
  reconcile(): Promise<number>;
  /** The monitor's companion: reconcile, refresh, and redeem automatically when the setting says so. */
  pass(): Promise<string>;
}

/**
 * Positions this service looks after: live ones still holding shares on a venue whose payouts are
 * redeemed on chain (Polymarket's CTF). Paper settles by itself; Kalshi pays settled contracts into
 * the Kalshi balance by itself, so a Kalshi position is never redeemed.
 */
const waitsOnChain = (p: PositionRow) =>
  p.mode === 'live' && (p.status === 'active' || p.status === 'liquidated') && venueHasCtf(venueOf(p));

export function createRedeemService(deps: RedeemDeps): RedeemService {
  const ctf = async (): Promise<CtfOperations> => deps.ctfFor('live', await deps.settings());

  const result = (
    p: PositionRow,
    status: RedeemResult['status'],
    payout: Micros,
    text: CodedText,
    message: string,
  ) => ({ positionId: p.id, status, payout, text, message }) satisfies RedeemResult;

  /** Apply a redeem's outcome to the fresh position (inside its market lock). */
  async function apply(position: PositionRow, outcome: CtfOutcome): Promise<RedeemResult> {
    const now = deps.clock.now();
    const state = position.redeem;
    if (position.status === 'closed' || !state) {
      return result(position, 'nothing', 0, coded('redeem_nothing'), 'Nothing left to redeem.');
    }
    if (outcome.status === 'pending') {
      await deps.store.positions.put({
        ...position,
        redeem: {
          ...state,
          state: 'pending',
          intentId: outcome.intentId,
          code: null,
          message: null,
          checkedAt: now,
        },
        updatedAt: now,
      });
      return result(
        position,
        'pending',
        state.payout,
        coded('redeem_pending'),
        'Redeem sent: waiting for the chain.',
      );
    }
    if (outcome.status === 'refused') {
      await deps.store.positions.put({
        ...position,
        redeem: {
          ...state,
          state: 'refused',
          intentId: outcome.intentId,
          code: outcome.code,
          message: outcome.message,
          checkedAt: now,
        },
        updatedAt: now,
      });
      return result(
        position,
        'refused',
        0,
        coded('redeem_refused', { reason: outcome.code }),
        `Redeem refused: ${outcome.message}`,
      );
    }
    const trade = redeemTrade(position, state, outcome, now);
    const closed = redeemedRow(position, trade, now);
    await deps.store.transaction(['trades', 'positions'], async () => {
      await deps.store.trades.put(trade);
      await deps.store.positions.put(closed);
    });
    return result(
      position,
      'redeemed',
      trade.amount,
      coded('redeemed', { payoutUsd: trade.amount }),
      `Redeemed: ${trade.amount} micros paid.`,
    );
  }

  /** Price one position from the chain (inside its market lock); returns the fresh row. */
  async function price(
    ops: CtfOperations,
    position: PositionRow,
    market: Market,
  ): Promise<PositionRow | null> {
    const payouts = await ops.payouts(market);
    const candidate = redeemCandidate(position, market, payouts);
    const now = deps.clock.now();
    if (candidate.kind === 'worthless') {
      const { row, trades } = worthlessClose(position, now);
      await deps.store.transaction(['trades', 'positions'], async () => {
        for (const trade of trades) await deps.store.trades.put(trade);
        await deps.store.positions.put(row);
      });
      return null;
    }
    if (candidate.kind === 'invalid') {
      deps.logger.warn('redeem: the chain reports payouts Polymarket cannot produce', {
        positionId: position.id,
        detail: candidate.detail,
      });
      return position;
    }
    if (candidate.kind !== 'redeemable') return position;
    const next = repriced(position.redeem, readyState(candidate.plan, market.negRisk, now));
    const row = { ...position, redeem: next, updatedAt: now };
    await deps.store.positions.put(row);
    return row;
  }

  const inLock = <T>(p: PositionRow, fn: (fresh: PositionRow) => Promise<T>) =>
    deps.locks.run(p.marketId, async () => {
      const fresh = await deps.store.positions.get(p.id);
      if (!fresh) throw validationError('This position does not exist.', { code: 'position_not_found' });
      return fn(fresh);
    });

  async function refresh(): Promise<{ waiting: number; locked: Micros }> {
    const open = (await deps.store.positions.listOpen()).filter(waitsOnChain);
    if (open.length === 0) return { waiting: 0, locked: 0 };
    const { markets } = await currentMarkets(deps, [...new Set(open.map((p) => p.marketId))]);
    const resolved = open.filter((p) => markets.get(p.marketId)?.closed === true);
    const ops = resolved.length > 0 ? await ctf() : null;
    const payouts: Micros[] = [];
    for (const position of resolved) {
      const market = markets.get(position.marketId);
      if (!ops || !market) continue;
      const row = await inLock(position, async (fresh) =>
        waitsOnChain(fresh) ? price(ops, fresh, market) : null,
      );
      if (row?.redeem) payouts.push(row.redeem.payout);
    }
    return { waiting: payouts.length, locked: lockedCapital(payouts) };
  }

  async function redeem(positionId: string): Promise<RedeemResult> {
    const listed = await deps.store.positions.get(positionId);
    if (!listed) throw validationError('This position does not exist.', { code: 'position_not_found' });
    const ops = await ctf();
    const market = (await deps.marketData.markets([listed.marketId])).get(listed.marketId);
    return inLock(listed, async (fresh) => {
      if (!waitsOnChain(fresh) || !market) {
        return result(fresh, 'nothing', 0, coded('redeem_nothing'), 'Nothing left to redeem.');
      }
      if (fresh.redeem?.state === 'pending') {
        return result(
          fresh,
          'pending',
          fresh.redeem.payout,
          coded('redeem_pending'),
          'Redeem already sent: waiting for the chain.',
        );
      }
      const priced = await price(ops, fresh, market);
      if (!priced?.redeem) {
        return result(
          fresh,
          'nothing',
          0,
          coded('redeem_nothing'),
          'Nothing to redeem: the market is not resolved on chain, or only losing shares were held.',
        );
      }
      const outcome = await ops.redeem({ market, amount: 0, positionId: fresh.id });
      return apply(priced, outcome);
    });
  }

  async function redeemAll(states: readonly string[] = ['ready', 'refused']): Promise<RedeemResult[]> {
    const waiting = (await deps.store.positions.listOpen()).filter(
      (p) => waitsOnChain(p) && p.redeem && states.includes(p.redeem.state),
    );
    const results: RedeemResult[] = [];
    // No CTF operations now (wallet locked…): say so once, as an error, rather than per position.
    if (waiting.length > 0) await ctf();
    for (const p of waiting) {
      try {
        results.push(await redeem(p.id));
      } catch (error) {
        if (!isAppError(error)) throw error;
        results.push(result(p, 'refused', 0, coded('redeem_refused', { reason: error.code }), error.message));
      }
    }
    return results;
  }

  const pendingRedeems = async () =>
    (await deps.store.positions.listOpen()).filter((p) => p.redeem?.state === 'pending');

  async function reconcile(): Promise<number> {
    if ((await pendingRedeems()).length === 0) return 0;
    const ops = await ctf();
    let settled = 0;
    for (const { positionId, op, outcome } of await ops.reconcile()) {
      if (op !== 'redeem' || outcome.status === 'pending') continue;
      const position = await deps.store.positions.get(positionId);
      if (!position) continue;
      await inLock(position, (fresh) => apply(fresh, outcome));
      settled += 1;
    }
    // An outcome already reported elsewhere (the background's reconcile at start-up) is asked for
    // again: redeem is idempotent per position, so this answers the journalled one, never re-sends.
    const still = await pendingRedeems();
    if (still.length === 0) return settled;
    const markets = await deps.marketData.markets([...new Set(still.map((p) => p.marketId))]);
    for (const position of still) {
      const market = markets.get(position.marketId);
      if (!market) continue;
      const outcome = await ops.redeem({ market, amount: 0, positionId: position.id });
      if (outcome.status === 'pending') continue;
      await inLock(position, (fresh) =>
        fresh.redeem?.state === 'pending' ? apply(fresh, outcome) : Promise.resolve(null),
      );
      settled += 1;
    }
    return settled;
  }

  return {
    refresh,
    redeem,
    redeemAll: () => redeemAll(),
    reconcile,
    pass: async () => {
      const settled = await reconcile();
      const { waiting, locked } = await refresh();
      const settings = await deps.settings();
      const auto = settings.capital.autoRedeem ? await redeemAll(['ready']) : [];
      const redeemed = auto.filter((r) => r.status === 'redeemed').length;
      return `Redeem: ${settled} settled, ${waiting} waiting (${locked} micros locked), ${redeemed} redeemed automatically.`;
    },
  };
}
