import type { BacktestMarket, Dataset, PricePoint } from './dataset';
import { createPrng } from './prng';

/**
 * A seeded synthetic dataset for demos, tests and the benchmark: binary markets whose YES log-odds
 * follow a random walk sampled every `stepMs`; NO is the complement plus a little noise. Each market
 * lives 10–120 days inside the span and resolves at its end to the side its price ended on (markets
 * still running at the end of the span stay unresolved). Same options → the same dataset.
 */
export interface SyntheticOptions {
  seed: number;
  markets: number;
  /** First timestamp, epoch ms. */
  start: number;
  /** Length of the span, ms. */
  spanMs: number;
  stepMs: number;
  /** Standard deviation of each step's log-odds change. */
  volatility: number;
  feeRate: number;
  /** Every market lives the whole span (the benchmark's 1 year × 200 markets). */
  fullSpan: boolean;
}

export const DEFAULT_SYNTHETIC: Readonly<SyntheticOptions> = Object.freeze({
  seed: 1,
  markets: 20,
  start: 1_767_225_600_000, // 2026-01-01T00:00:00Z
  spanMs: 90 * 86_400_000,
  stepMs: 3_600_000,
  volatility: 0.06,
  feeRate: 0.04,
  fullSpan: false,
});

const DAY = 86_400_000;
const QUANTUM = 1_000; // prices on a 0.1¢ grid

function quantise(p: number): number {
  const micros = Math.round((p * 1e6) / QUANTUM) * QUANTUM;
  return Math.min(999_000, Math.max(1_000, micros));
}

export function syntheticDataset(options: Partial<SyntheticOptions> = {}): Dataset {
  const o: SyntheticOptions = { ...DEFAULT_SYNTHETIC, ...options };
  const rng = createPrng(o.seed);
  const markets: BacktestMarket[] = [];
  const prices: Record<string, PricePoint[]> = {};
  const steps = Math.floor(o.spanMs / o.stepMs);
  for (let m = 0; m < o.markets; m++) {
    const first = o.fullSpan ? 0 : Math.floor(rng.next() * steps * 0.6);
    const life = o.fullSpan ? steps : Math.max(2, Math.floor(((10 + rng.next() * 110) * DAY) / o.stepMs));
    const last = Math.min(steps, first + life);
    const endTime = o.start + (first + life) * o.stepMs;
    const yes: PricePoint[] = [];
    const no: PricePoint[] = [];
    let x = rng.normal() * 0.3;
    for (let s = first; s < last; s++) {
      x += rng.normal() * o.volatility;
      const p = 1 / (1 + Math.exp(-x));
      const t = o.start + s * o.stepMs;
      yes.push({ t, p: quantise(p) });
      no.push({ t, p: quantise(1 - p + (rng.next() - 0.5) * 0.004) });
    }
    const resolved = first + life <= steps;
    const outcome: 0 | 1 = x > 0 ? 0 : 1;
    const id = `m${String(m).padStart(4, '0')}`;
    markets.push({
      id,
      question: `Synthetic market ${m}?`,
      yesTokenId: `${id}-yes`,
      noTokenId: `${id}-no`,
      feeRate: o.feeRate,
      tickSize: 10_000,
      endTime,
      resolution: resolved ? { outcome, resolvedAt: endTime } : null,
    });
    prices[`${id}-yes`] = yes;
    prices[`${id}-no`] = no;
  }
  return { markets, prices };
}
