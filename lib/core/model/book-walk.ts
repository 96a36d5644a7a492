import { divMicros, type Micros, mulMicros } from './money';
import type { BookLevel } from './order-book';

/** One price level taken by a walk. */
export interface Fill {
  price: Micros;
  shares: Micros;
}

/**
 * What a marketable order would get from one side of a book (best first). `notional` is the cost of
 * a buy (rounded up per fill) or the proceeds of a sell (rounded down per fill), fees excluded.
 */
export interface BookWalk {
  fills: Fill[];
  shares: Micros;
  notional: Micros;
  /** Volume-weighted average price, null when nothing fills. */
  vwap: Micros | null;
  /** Price of the deepest level touched, null when nothing fills. */
  worstPrice: Micros | null;
  levelsUsed: number;
  /** True when the whole budget or share count was matched by the book. */
  filled: boolean;
}

function summarise(fills: Fill[], notional: Micros, filled: boolean): BookWalk {
  const shares = fills.reduce((sum, f) => sum + f.shares, 0);
  const last = fills[fills.length - 1];
  return {
    fills,
    shares,
    notional,
    vwap: shares > 0 ? divMicros(notional, shares) : null,
    worstPrice: last ? last.price : null,
    levelsUsed: fills.length,
    filled,
  };
}

/**
 * Buy as many shares as `budget` collateral buys, walking asks (best first). Filled when the budget
 * ran out before the book did; a budget left over after the last level means the book is too thin.
 */
export function walkAsksByBudget(asks: readonly BookLevel[], budget: Micros): BookWalk {
  const fills: Fill[] = [];
  let remaining = budget;
  let notional = 0;
  let budgetSpent = budget <= 0;
  for (const level of asks) {
    if (budgetSpent) break;
    const affordable = divMicros(remaining, level.price, 'down');
    const shares = Math.min(level.size, affordable);
    if (shares > 0) {
      const cost = mulMicros(shares, level.price, 'up');
      fills.push({ price: level.price, shares });
      notional += cost;
      remaining -= cost;
    }
    budgetSpent = affordable < level.size || remaining === 0;
  }
  return summarise(fills, notional, budgetSpent);
}

function walkForShares(levels: readonly BookLevel[], wanted: Micros, rounding: 'up' | 'down'): BookWalk {
  const fills: Fill[] = [];
  let remaining = wanted;
  let notional = 0;
  for (const level of levels) {
    if (remaining <= 0) break;
    const shares = Math.min(level.size, remaining);
    if (shares <= 0) continue;
    fills.push({ price: level.price, shares });
    notional += mulMicros(shares, level.price, rounding);
    remaining -= shares;
  }
  return summarise(fills, notional, remaining <= 0);
}

/** Buy exactly `shares`, walking asks (best first): cost rounded up per fill. */
export function walkAsksForShares(asks: readonly BookLevel[], shares: Micros): BookWalk {
  return walkForShares(asks, shares, 'up');
}

/** Sell `shares`, walking bids (best first): proceeds rounded down per fill. */
export function walkBidsForShares(bids: readonly BookLevel[], shares: Micros): BookWalk {
  return walkForShares(bids, shares, 'down');
}
