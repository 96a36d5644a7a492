import { describe, expect, it } from 'vitest';
import { kalshiCandlesticksResponseSchema } from '../../../lib/adapters/kalshi/schemas/candlesticks';
import { kalshiCandlePrices, kalshiSeriesOf } from '../../../lib/core/venues/kalshi/candle-prices';
import { kalshiFixture } from './fixtures';

const candles = kalshiCandlesticksResponseSchema.parse(
  kalshiFixture('CONSTRUCTED.candlesticks.json'),
).candlesticks;

describe('Kalshi candlesticks as a price series', () => {
  it('takes the traded close, and the previous price for a period without a trade', () => {
    expect(kalshiCandlePrices(candles)).toEqual([
      { time: 1_747_108_800_000, price: 600_000 },
      { time: 1_747_112_400_000, price: 600_000 },
    ]);
    expect(kalshiCandlePrices(candles, 'no').map((p) => p.price)).toEqual([400_000, 400_000]);
  });

  it('falls back to the bid/ask midpoint for a market that never traded, and skips empty candles', () => {
    const quiet = { close: null, previous: null };
    expect(
      kalshiCandlePrices([
        { endPeriodTs: 20, ...quiet, yesBidClose: null, yesAskClose: null },
        { endPeriodTs: 10, ...quiet, yesBidClose: 410_000, yesAskClose: 450_000 },
      ]),
    ).toEqual([{ time: 10_000, price: 430_000 }]);
  });

  it("finds a ticker's series", () => {
    expect(kalshiSeriesOf('KXSPACEXSTARSHIP-12-26MAY19')).toBe('KXSPACEXSTARSHIP');
  });
});
