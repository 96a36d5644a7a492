import type { BacktestMarket, Dataset } from '../../backtest/dataset';
import { kalshiTokenId } from './bids-only-book';
import { type KalshiCandleFacts, kalshiCandlePrices } from './candle-prices';
import { type KalshiFeeSchedule, kalshiFeeRate } from './fees';
import { KALSHI_GENERAL_FEES } from './kalshi-market';
import { type KalshiPriceRange, kalshiFinestTick } from './price-grid';

/**
 * Kalshi candlesticks and settlements → the backtest Dataset (lib/core/backtest/dataset.ts): one
 * market per ticker (venue Kalshi: its orders count whole contracts) with YES/NO token ids `${ticker}:yes|no`, both price series from the candles
 * (NO = 1 − YES), the grid's finest tick, Kalshi's taker fee rate (0.07 × the series multiplier,
 * exponent 1) and the resolution from `result` at the settlement time. Only binary markets settle
 * to an outcome; a market without a yes/no result stays unresolved.
 */
export interface KalshiBacktestInput {
  ticker: string;
  title: string;
  /** epoch ms */
  closeTime: number;
  priceRanges: readonly KalshiPriceRange[];
  candles: readonly KalshiCandleFacts[];
  /** `result` and when it was settled (epoch ms), once known. */
  settlement: { result: 'yes' | 'no' | 'scalar' | ''; settledAt: number } | null;
  fees?: KalshiFeeSchedule;
}

export function kalshiBacktestDataset(inputs: readonly KalshiBacktestInput[]): Dataset {
  const markets: BacktestMarket[] = [];
  const prices: Dataset['prices'] = {};
  for (const input of inputs) {
    const yesTokenId = kalshiTokenId(input.ticker, 'yes');
    const noTokenId = kalshiTokenId(input.ticker, 'no');
    const result = input.settlement?.result;
    markets.push({
      venue: 'kalshi',
      id: input.ticker,
      question: input.title,
      yesTokenId,
      noTokenId,
      feeRate: kalshiFeeRate('taker', input.fees ?? KALSHI_GENERAL_FEES),
      feeExponent: 1,
      tickSize: kalshiFinestTick(input.priceRanges),
      endTime: input.closeTime,
      resolution:
        input.settlement && (result === 'yes' || result === 'no')
          ? { outcome: result === 'yes' ? 0 : 1, resolvedAt: input.settlement.settledAt }
          : null,
    });
    prices[yesTokenId] = kalshiCandlePrices(input.candles, 'yes').map((x) => ({ t: x.time, p: x.price }));
    prices[noTokenId] = kalshiCandlePrices(input.candles, 'no').map((x) => ({ t: x.time, p: x.price }));
  }
  return { venue: 'kalshi', markets, prices };
}
