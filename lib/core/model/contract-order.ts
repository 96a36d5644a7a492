import type { Micros } from './money';
import type { OrderSide } from './order-amounts';
import type { VenueId } from './venue';

/**
 * Orders that count contracts (Kalshi): a market BUY of `amount` collateral at the worst price
 * `limitPrice` asks for floor(amount / limitPrice) contracts, rounded down to the market's contract
 * step (one whole contract, or 0.01 on markets with fractional contracts); a SELL of `amount` shares
 * sells them rounded down to the same step. What is left of the amount is never spent: the fills
 * cost contracts × price, with no 2-decimal maker-amount rule (that is Polymarket's CLOB, in
 * order-amounts.ts). The one count rule shared by the live order (venues/kalshi/order-terms.ts),
 * the paper exchange and the backtester (backtest/marketable-fill.ts) and the entry sizing.
 */
const ONE: Micros = 1_000_000;

/** One whole contract: the step of a Kalshi market without fractional trading. */
export const WHOLE_CONTRACT: Micros = ONE;

export function contractCount(side: OrderSide, amount: Micros, limitPrice: Micros, step: Micros): Micros {
  if (!Number.isInteger(step) || step <= 0) throw new RangeError(`bad contract step: ${step}`);
  if (!Number.isInteger(limitPrice) || limitPrice <= 0 || limitPrice >= ONE)
    throw new RangeError(`limit price out of (0, 1): ${limitPrice}`);
  const wanted = Math.max(0, amount);
  const contracts = side === 'BUY' ? Number((BigInt(wanted) * BigInt(ONE)) / BigInt(limitPrice)) : wanted;
  return Math.floor(contracts / step) * step;
}

/**
 * The contract step a venue's orders count in when nothing finer is known (a backtest dataset that
 * does not say a market is fractional): whole contracts on Kalshi; none on Polymarket, whose orders
 * are maker/taker amounts.
 */
export function venueContractStep(venue: VenueId | undefined): Micros | undefined {
  return venue === 'kalshi' ? WHOLE_CONTRACT : undefined;
}
