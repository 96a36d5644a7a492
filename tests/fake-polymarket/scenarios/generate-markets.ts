import type { FakeEvent, FakeMarket, FeeSchedule, PricePoint } from '../state/market-model.ts';
import { marketText, slugify } from './market-texts.ts';
import { SeededRandom } from './seeded-random.ts';

export interface GenerateOptions {
  seed: number;
  markets: number;
  nowMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FEE_RATES: Record<string, number> = { sports: 0.03, politics: 0.04, economics: 0.05 };
const IMAGE = 'https://polymarket-upload.s3.us-east-2.amazonaws.com/fake-market.png';

/** Seeded events and binary markets shaped like the recorded Gamma payloads. Every 10th event is neg-risk. */
export function generateMarkets(options: GenerateOptions): FakeEvent[] {
  const rng = new SeededRandom(options.seed);
  const events: FakeEvent[] = [];
  let serial = 0;
  for (let e = 0; serial < options.markets; e++) {
    const negRisk = e % 10 === 9;
    const size = Math.min(negRisk ? 3 : 1, options.markets - serial);
    const eventId = String(90_000 + e);
    const markets: FakeMarket[] = [];
    for (let i = 0; i < size; i++)
      markets.push(generateMarket(rng, serial++, eventId, negRisk, options.nowMs));
    const first = markets[0];
    if (!first) break;
    events.push({
      id: eventId,
      ticker: first.slug,
      slug: first.slug,
      title: first.question,
      description: first.description,
      negRisk,
      createdAtMs: first.createdAtMs,
      markets,
    });
  }
  return events;
}

function generateMarket(
  rng: SeededRandom,
  serial: number,
  eventId: string,
  negRisk: boolean,
  nowMs: number,
): FakeMarket {
  const endDateMs = Math.floor((nowMs + rng.range(2 * HOUR, 120 * DAY)) / HOUR) * HOUR;
  const text = marketText(rng, serial, new Date(endDateMs).toISOString().slice(0, 10));
  const closed = serial % 37 === 36;
  const mid = rng.range(0.03, 0.97);
  const tickSize = mid < 0.04 || mid > 0.96 ? '0.001' : '0.01';
  const tick = Number(tickSize);
  const yes = Math.round(mid / tick) * tick;
  const liquidity = Math.round(Math.exp(9 + rng.normal() * 1.2) * 1e4) / 1e4;
  const volume = liquidity * rng.range(1, 60);
  const volume24hr = volume * rng.range(0.005, 0.15);
  const feesEnabled = serial % 3 !== 2;
  // Crypto markets charge rate 0.25 with exponent 2 (a recorded crypto market's feeSchedule).
  const crypto = text.category === 'crypto';
  const feeSchedule: FeeSchedule | null = feesEnabled
    ? {
        exponent: crypto ? 2 : 1,
        rate: crypto ? 0.25 : (FEE_RATES[text.category] ?? 0.05),
        takerOnly: true,
        rebateRate: 0.2,
      }
    : null;
  const startDateMs = nowMs - Math.round(rng.range(1, 60)) * DAY;
  return {
    id: String(600_000 + serial),
    question: text.question,
    conditionId: `0x${rng.hex(64)}`,
    questionId: `0x${rng.hex(64)}`,
    slug: `${slugify(text.question)}`,
    description: text.description,
    category: text.category,
    image: IMAGE,
    eventId,
    outcomes: text.outcomes,
    tokens: [
      { tokenId: rng.decimalId(), outcome: text.outcomes[0] },
      { tokenId: rng.decimalId(), outcome: text.outcomes[1] },
    ],
    createdAtMs: startDateMs - HOUR,
    startDateMs,
    endDateMs: closed ? nowMs - rng.int(1, 30) * DAY : endDateMs,
    active: true,
    closed,
    archived: false,
    acceptingOrders: !closed,
    negRisk,
    tickSize,
    secondsDelay: text.category === 'sports' ? 1 : 0,
    minOrderSize: 5,
    volume,
    volume24hr,
    volume1wk: volume24hr * rng.range(3, 7),
    volume1mo: volume * rng.range(0.3, 0.9),
    liquidity: closed ? 0 : liquidity,
    feesEnabled,
    feeType: feesEnabled ? `${text.category}_fees` : null,
    feeSchedule,
    winnerIndex: closed ? (serial % 2 === 0 ? 0 : 1) : null,
    umaResolutionStatus: closed ? 'resolved' : null,
    // Polymarket's "Earn 4%" markets are long-dated political ones; no random draw (same scenarios).
    holdingRewardsEnabled: text.category === 'politics',
    lastTradePrice: Number(yes.toFixed(4)),
    lastTradeSide: 'BUY',
    history: priceHistory(rng, yes, nowMs),
  };
}

/** 7 days of hourly YES prices ending at the current price (random walk backwards). */
function priceHistory(rng: SeededRandom, current: number, nowMs: number): PricePoint[] {
  const points: PricePoint[] = [];
  let p = current;
  const lastHour = Math.floor(nowMs / HOUR) * HOUR;
  for (let h = 0; h < 7 * 24; h++) {
    points.push({ t: (lastHour - h * HOUR) / 1000, p: Number(p.toFixed(4)) });
    p = Math.min(0.99, Math.max(0.01, p + rng.normal() * 0.01));
  }
  return points.reverse();
}
