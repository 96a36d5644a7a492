import type { MethodChoice } from '../ctf/entry-decision';
import type { FeeRate } from '../model/fees';
import type { Micros } from '../model/money';
import type { OutcomeSide } from '../model/outcome-side';
import { type CloseReason, type Position, positionCapital } from '../model/position';
import { exitQuote } from '../model/prices';
import type { Decision } from '../rules/decide';
import { applyClose, applyLiquidation, type TransitionResult } from '../rules/position-state';
import { type SellOrder, sellOrder } from '../rules/sell-order';
import type { EntryPlan } from '../rules/sizing';
import { valuePosition } from '../rules/valuation';
import { venueHasCtf } from '../venues/venue-ctf';
import type { MarketInfo } from './compiled-dataset';
import { marketFee } from './dataset';
import type { SourcedBooks } from './fill-model';
import { fillMarketable } from './marketable-fill';
import { type LegFill, openPosition } from './open-position';
import { type BacktestCtfCounts, mergeClose, splitEntry } from './pair-ops';
import type { BacktestExitReason, BacktestTrade, ExitEvent, FillCounts } from './trade-ledger';

type FinalReason = Exclude<BacktestExitReason, 'liquidation'>;

function unwrap(result: TransitionResult): Position {
  if (!result.ok) throw new Error(result.message);
  return result.position;
}

/**
 * The backtest's books of account: cash, open positions, and the ledger. It executes what a strategy
 * decided as fill-or-kill orders against the fill model's books, and moves positions through the
 * core's state transitions (applyLiquidation / applyClose), exactly as the trading engine does.
 */
export class Portfolio {
  readonly open: (Position | null)[];
  openCount = 0;
  readonly trades: BacktestTrade[] = [];
  readonly exits: ExitEvent[] = [];
  readonly fills: FillCounts = { book: 0, synthetic: 0 };
  rejectedOrders = 0;
  private readonly liquidatedAt: Float64Array;
  /** Each market's taker fee, computed once. */
  private readonly fees: readonly FeeRate[];
  /** Whether each market's venue has splits and merges (Polymarket's CTF; never on Kalshi). */
  private readonly ctfOk: readonly boolean[];

  /** Splits, merges and their gas (all 0 when the run enters by the books). */
  readonly ctf: BacktestCtfCounts;

  constructor(
    public cash: Micros,
    private readonly markets: readonly MarketInfo[],
    private readonly label: string,
    private readonly entryMethod: MethodChoice = 'books',
  ) {
    this.ctf = { entryMethod, splits: 0, merges: 0, gas: 0 };
    this.open = markets.map(() => null);
    this.liquidatedAt = new Float64Array(markets.length).fill(-1);
    this.fees = markets.map(marketFee);
    this.ctfOk = markets.map((m) => venueHasCtf(m.venue));
  }

  /** Buy every leg of the plan or nothing (fill-or-kill each, all checked before any cash moves). */
  enter(market: number, plan: EntryPlan, sourced: SourcedBooks, now: number): boolean {
    if (this.entryMethod !== 'books' && this.ctfOk[market]) {
      const split = splitEntry(plan, sourced.books, this.fees[market] as FeeRate, this.entryMethod);
      if (split) return this.openBySplit(market, split, now);
    }
    const fills: LegFill[] = [];
    let outlay = 0;
    const info = this.markets[market] as MarketInfo;
    for (const leg of [plan.yes, plan.no]) {
      if (leg === null) continue;
      const fill = fillMarketable(
        sourced.books[leg.side],
        'BUY',
        leg.budget,
        leg.limitPrice,
        this.fees[market] as FeeRate,
      );
      if (!fill.ok || fill.walk.vwap === null) {
        this.rejectedOrders++;
        return false;
      }
      const { walk, fee } = fill;
      fills.push({ side: leg.side, shares: walk.shares, cost: walk.notional, fee, vwap: walk.vwap ?? 0 });
      outlay += walk.notional + fee;
    }
    if (fills.length === 0 || outlay > this.cash) return false;
    for (const fill of fills) this.fills[sourced[fill.side]]++;
    this.cash -= outlay;
    this.open[market] = openPosition(
      `${this.label}-${this.trades.length + this.openCount + 1}`,
      info,
      fills,
      now,
    );
    this.openCount++;
    return true;
  }

  /** Apply one core decision for the open position of `market`. */
  apply(market: number, decision: Decision, sourced: SourcedBooks, now: number): void {
    const position = this.open[market];
    if (!position || decision.kind === 'hold') return;
    const feeRate = this.fees[market] as FeeRate;
    if (decision.kind === 'resolve') {
      this.close(market, position, 'resolution', decision.payout, 0, now);
      return;
    }
    if (decision.kind === 'close' && this.entryMethod !== 'books' && this.ctfOk[market]) {
      const merged = mergeClose(position, sourced.books, feeRate, this.entryMethod);
      if (merged) {
        this.ctf.merges++;
        this.ctf.gas += merged.gas;
        this.close(market, position, decision.reason, merged.net, merged.fee, now);
        return;
      }
    }
    const sells = decision.kind === 'liquidate' ? [decision.sell] : decision.sells;
    let net = 0;
    let fee = 0;
    const done: SellOrder['side'][] = [];
    for (const sell of sells) {
      // The decision's order exactly as the trading engine sends it.
      const fill = fillMarketable(sourced.books[sell.side], 'SELL', sell.shares, sell.limitPrice, feeRate);
      if (!fill.ok) {
        this.rejectedOrders++;
        return;
      }
      net += fill.walk.notional - fill.fee;
      fee += fill.fee;
      done.push(sell.side);
    }
    for (const side of done) this.fills[sourced[side]]++;
    if (decision.kind === 'liquidate') this.liquidate(market, position, decision.side, net, fee, now);
    else this.close(market, position, decision.reason, net, fee, now);
  }

  /** End of data: sell everything held like an exit; on thin books what the bids absorb (the rest counts 0). */
  closeAtEnd(market: number, sourced: SourcedBooks | null, now: number): void {
    const position = this.open[market];
    if (!position) return;
    let net = 0;
    let fee = 0;
    const feeRate = this.fees[market] as FeeRate;
    for (const side of sourced ? (['yes', 'no'] as const) : []) {
      const book = (sourced as SourcedBooks).books[side];
      const order = sellOrder(side, book, side === 'yes' ? position.sharesYes : position.sharesNo, feeRate);
      if (order === null) continue;
      const fill = fillMarketable(book, 'SELL', order.shares, order.limitPrice, feeRate);
      if (fill.ok) {
        net += fill.walk.notional - fill.fee;
        fee += fill.fee;
        this.fills[(sourced as SourcedBooks)[side]]++;
      } else {
        // The book cannot take the whole size: sell what the bids absorb, the rest counts for nothing.
        const quote = exitQuote(book, side === 'yes' ? position.sharesYes : position.sharesNo, feeRate);
        net += quote.netProceeds;
        fee += quote.fee;
        if (quote.walk.shares > 0) this.fills[(sourced as SourcedBooks)[side]]++;
      }
    }
    this.close(market, position, 'end_of_data', net, fee, now);
  }

  private openBySplit(market: number, split: NonNullable<ReturnType<typeof splitEntry>>, now: number) {
    if (split.pairs + split.gas > this.cash) return false;
    this.cash -= split.pairs + split.gas;
    const id = `${this.label}-${this.trades.length + this.openCount + 1}`;
    this.open[market] = openPosition(id, this.markets[market] as MarketInfo, split.legs, now);
    this.openCount++;
    this.ctf.splits++;
    this.ctf.gas += split.gas;
    return true;
  }

  /** Exit value of an open position (net of fees) on the given books. */
  heldValue(market: number, sourced: SourcedBooks): Micros {
    const position = this.open[market];
    if (!position) return 0;
    return valuePosition(position, sourced.books, this.fees[market] as FeeRate).heldValue;
  }

  private liquidate(
    market: number,
    position: Position,
    side: OutcomeSide,
    net: Micros,
    fee: Micros,
    now: number,
  ) {
    const costBasis = side === 'yes' ? position.capitalYes : position.capitalNo;
    this.open[market] = unwrap(applyLiquidation(position, { side, netProceeds: net, fee }));
    this.liquidatedAt[market] = now;
    this.cash += net;
    this.exits.push({
      time: now,
      marketIndex: market,
      reason: 'liquidation',
      netProceeds: net,
      fee,
      costBasis,
      pnl: net - costBasis,
    });
  }

  private close(
    market: number,
    position: Position,
    reason: FinalReason,
    net: Micros,
    fee: Micros,
    now: number,
  ) {
    const coreReason: CloseReason = reason === 'end_of_data' ? 'manual' : reason;
    const closed = unwrap(applyClose(position, { reason: coreReason, netProceeds: net, fee, closedAt: now }));
    const liquidatedSide = position.liquidatedSide;
    const costBasis =
      liquidatedSide === null
        ? positionCapital(position)
        : liquidatedSide === 'yes'
          ? position.capitalNo
          : position.capitalYes;
    this.cash += net;
    this.exits.push({
      time: now,
      marketIndex: market,
      reason,
      netProceeds: net,
      fee,
      costBasis,
      pnl: net - costBasis,
    });
    const info = this.markets[market] as MarketInfo;
    const capital = positionCapital(closed);
    this.trades.push({
      id: closed.id,
      marketId: info.id,
      marketIndex: market,
      question: info.question,
      sides: [
        ...(closed.capitalYes > 0 ? (['yes'] as const) : []),
        ...(closed.capitalNo > 0 ? (['no'] as const) : []),
      ],
      entryTime: closed.entryTime,
      exitTime: now,
      capital,
      fees: closed.feesPaid,
      pnl: closed.pnl,
      return: capital > 0 ? closed.pnl / capital : 0,
      exitReason: reason,
      liquidatedSide,
      liquidatedAt: liquidatedSide === null ? null : (this.liquidatedAt[market] as number),
    });
    this.open[market] = null;
    this.openCount--;
  }
}
