import type { FakeKalshiMarket } from '../state/kalshi-market-model.ts';
import { dollars, fp } from './fixed-point-json.ts';

const ohlc = (prices: number[]) => ({
  open_dollars: dollars(prices[0] ?? 0),
  low_dollars: dollars(Math.min(...prices)),
  high_dollars: dollars(Math.max(...prices)),
  close_dollars: dollars(prices.at(-1) ?? 0),
});

/**
 * Candles of `period` minutes whose end lies in [startTs, endTs], from the market's hourly history.
 * A period without a trade carries only `price.previous_dollars`, as Kalshi's do.
 */
export function candlesticksJson(
  m: FakeKalshiMarket,
  range: { startTs: number; endTs: number; period: number },
): Record<string, unknown>[] {
  const width = range.period * 60;
  const buckets = new Map<number, number[]>();
  for (const [ts, price] of m.history) {
    const end = Math.ceil(ts / width) * width;
    if (end < range.startTs || end > range.endTs) continue;
    buckets.set(end, [...(buckets.get(end) ?? []), price]);
  }
  let previous = m.history[0]?.[1] ?? 0;
  return [...buckets]
    .sort((a, b) => a[0] - b[0])
    .map(([end, prices]) => {
      const candle = {
        end_period_ts: end,
        yes_bid: ohlc(prices.map((p) => p - 10_000)),
        yes_ask: ohlc(prices.map((p) => p + 10_000)),
        price: {
          ...ohlc(prices),
          mean_dollars: dollars(prices[0] ?? 0),
          previous_dollars: dollars(previous),
        },
        volume_fp: fp(prices.length * 10_000_000),
        open_interest_fp: fp(m.openInterest),
      };
      previous = prices.at(-1) ?? previous;
      return candle;
    });
}
