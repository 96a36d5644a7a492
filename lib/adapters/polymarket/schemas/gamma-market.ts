import { z } from 'zod';
import { wireId, wireNumber } from './wire-primitives';

const num = wireNumber.nullable().optional();
const bool = z.boolean().nullable().optional();
const text = z.string().nullable().optional();
/** Gamma encodes arrays as JSON strings ("[\"Yes\", \"No\"]"); tolerate a real array too. */
const jsonArrayField = z
  .union([z.string(), z.array(z.unknown())])
  .nullable()
  .optional();

export const gammaTagSchema = z.object({ id: wireId.optional(), label: text, slug: text });

export const gammaEventRefSchema = z.object({
  id: wireId.optional(),
  slug: text,
  title: text,
  tags: z.array(gammaTagSchema).nullable().optional(),
});

export const gammaFeeScheduleSchema = z.object({
  rate: wireNumber.pipe(z.number().min(0).max(1)),
  exponent: wireNumber.optional(),
  takerOnly: z.boolean().optional(),
  rebateRate: num,
});

/**
 * A Gamma market as it arrives: everything but `id` may be omitted (Gamma drops null/zero fields).
 * Validation of what the domain needs happens in parseGammaMarket, which rejects with a reason.
 */
export const gammaMarketSchema = z.object({
  id: wireId,
  conditionId: text,
  questionID: text,
  question: text,
  /** The resolution criteria ("This market will resolve to Yes if…"). */
  description: text,
  slug: text,
  outcomes: jsonArrayField,
  outcomePrices: jsonArrayField,
  clobTokenIds: jsonArrayField,
  /** Protocol V2 markets: the market's protocol ("v1" for CTF markets) and its position ids. */
  version: text,
  positionIds: jsonArrayField,
  active: bool,
  closed: bool,
  archived: bool,
  enableOrderBook: bool,
  acceptingOrders: bool,
  negRisk: bool,
  feesEnabled: bool,
  liquidity: num,
  liquidityNum: num,
  volume: num,
  volumeNum: num,
  volume24hr: num,
  endDate: text,
  orderPriceMinTickSize: num,
  orderMinSize: num,
  bestBid: num,
  bestAsk: num,
  spread: num,
  lastTradePrice: num,
  oneHourPriceChange: num,
  oneDayPriceChange: num,
  oneWeekPriceChange: num,
  umaResolutionStatus: text,
  /** Polymarket pays its holding reward on this market (no rate field exists in Gamma). */
  holdingRewardsEnabled: bool,
  feeSchedule: gammaFeeScheduleSchema.nullable().optional(),
  events: z.array(gammaEventRefSchema).nullable().optional(),
  tags: z.array(gammaTagSchema).nullable().optional(),
});

export type GammaMarketWire = z.infer<typeof gammaMarketSchema>;
export type GammaEventRef = z.infer<typeof gammaEventRefSchema>;
