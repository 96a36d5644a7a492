import type { PricePoint } from '../../core/backtest/dataset';
import { clobPricesHistorySchema } from '../polymarket/schemas/clob-prices-history';

/**
 * A recorded `GET /prices-history` response ({history:[{t (unix s), p}]}, polymarket-api.md §2) as a
 * backtest price series (t ms, p micros), sorted and with repeated timestamps collapsed to the last.
 */
export function pricesHistoryToSeries(body: unknown): PricePoint[] {
  const points = clobPricesHistorySchema.parse(body);
  const sorted = points.map((p, i) => ({ t: p.time, p: p.price, i })).sort((a, b) => a.t - b.t || a.i - b.i);
  const out: PricePoint[] = [];
  for (const { t, p } of sorted) {
    const last = out[out.length - 1];
    if (last && last.t === t) last.p = p;
    else out.push({ t, p });
  }
  return out;
}
