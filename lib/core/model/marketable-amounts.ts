import type { Micros } from './money';
import { marketOrderAmounts, type OrderAmounts } from './order-amounts';

/**
 * What the exchange accepts on a market (FOK/FAK) order, whatever the tick: a maker amount of at
 * most 2 decimals and a taker amount of at most 4 ("invalid amounts, the market buy orders maker
 * amount supports a max accuracy of 2 decimals, taker amount a max of 4 decimals"). The CLOB
 * client's own rounding keeps up to 5–6 decimals on ticks of 0.001 and finer ($9.98 at 0.985 →
 * 10.13197 shares), so amounts are trimmed here, before signing, to ones the exchange takes.
 */
const MAKER_STEP = 10_000; // 2 decimals
const TAKER_STEP = 100; // 4 decimals
/** Trimming looks at most this many steps (cents or hundredths of a share) below the wanted amount. */
const MAX_STEPS = 10_000;

export function exchangeAcceptsMarketOrder(
  order: Pick<OrderAmounts, 'makerAmount' | 'takerAmount'>,
): boolean {
  return order.makerAmount % MAKER_STEP === 0 && order.takerAmount % TAKER_STEP === 0;
}

/**
 * The largest maker amount ≤ `amount` (BUY: collateral in whole cents; SELL: shares in hundredths)
 * whose client-built order the exchange accepts at `price` on `tick`; null when none above zero.
 */
export function acceptedMarketAmount(
  side: 'BUY' | 'SELL',
  amount: Micros,
  price: Micros,
  tick: Micros,
): Micros | null {
  let maker = Math.floor(amount / MAKER_STEP) * MAKER_STEP;
  for (let i = 0; i < MAX_STEPS && maker > 0; i++, maker -= MAKER_STEP) {
    if (exchangeAcceptsMarketOrder(marketOrderAmounts(side, maker, price, tick))) return maker;
  }
  return null;
}
