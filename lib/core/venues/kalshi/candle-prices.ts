import type { Micros } from '../../model/money';

/**
 * Kalshi candlesticks → a YES price series (epoch ms, micros). A candle's price is its traded close;
 * a period without a trade carries only `previous` (the last traded price before it), and a market
 * that never traded has only the bid/ask closes, whose midpoint is used. Candles with none of these
 * are skipped. The NO series is 1 − YES.
 */
export interface KalshiCandleFacts {
  /** Unix seconds, the end of the period. */
  endPeriodTs: number;
  close: Micros | null;
  previous: Micros | null;
  yesBidClose: Micros | null;
  yesAskClose: Micros | null;
}

export interface PricePoint {
  /** epoch ms */
  time: number;
  price: Micros;
}

function candlePrice(candle: KalshiCandleFacts): Micros | null {
  if (candle.close !== null) return candle.close;
  if (candle.previous !== null && candle.previous > 0) return candle.previous;
  const { yesBidClose: bid, yesAskClose: ask } = candle;
  if (bid !== null && ask !== null && ask >= bid && ask > 0) return Math.round((bid + ask) / 2);
  return null;
}

export function kalshiCandlePrices(
  candles: readonly KalshiCandleFacts[],
  outcome: 'yes' | 'no' = 'yes',
): PricePoint[] {
  const points: PricePoint[] = [];
  for (const candle of [...candles].sort((a, b) => a.endPeriodTs - b.endPeriodTs)) {
    const yes = candlePrice(candle);
    if (yes === null) continue;
    points.push({ time: candle.endPeriodTs * 1000, price: outcome === 'yes' ? yes : 1_000_000 - yes });
  }
  return points;
}

/** A Kalshi ticker's series: the text before the first "-" (KXSPACEXSTARSHIP-12-26MAY19 → KXSPACEXSTARSHIP). */
export function kalshiSeriesOf(ticker: string): string {
  return ticker.split('-')[0] ?? ticker;
}
