import type { GammaMarketParse } from '../../../app/ports/polymarket-reads';
import type { FeeSchedule, Market, Outcome } from '../../../core/model/market';
import { type Micros, toMicros } from '../../../core/model/money';
import { decodeJsonArray } from './decode-json-array';
import { type GammaEventRef, type GammaMarketWire, gammaMarketSchema } from './gamma-market';
import { describeIssues } from './wire-primitives';

/** A market decoded, or left out with the reason (lib/app's type: the scan keeps the reasons). */
export type { GammaMarketParse };

export interface ParseGammaMarketOptions {
  /** The parent event when the market came nested in an event (its own `events` is then absent). */
  event?: { id: string; slug: string | null; title: string | null; tags?: string[] };
}

/** Gamma's default tick (0.01) and minimum size (5 shares) when an old market omits them. */
const DEFAULT_TICK: Micros = 10_000;
const DEFAULT_MIN_SIZE: Micros = 5_000_000;

class Rejection extends Error {}
const reject = (reason: string): never => {
  throw new Rejection(reason);
};

function idOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const id = (raw as Record<string, unknown>).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

function price(value: number | null | undefined, field: string): Micros | null {
  if (value === null || value === undefined) return null;
  if (value < 0 || value > 1) reject(`${field} ${value} is outside 0–1`);
  return toMicros(value);
}

function outcomes(wire: GammaMarketWire): [Outcome, Outcome] {
  const labels = decodeJsonArray(wire.outcomes);
  const prices = decodeJsonArray(wire.outcomePrices);
  // A newer-protocol market may list position ids only: kept, so the scanner can say why it skips it.
  const ids = wire.clobTokenIds ?? (protocolOf(wire) === 'v1' ? undefined : wire.positionIds);
  const tokens = decodeJsonArray(ids);
  if (ids === undefined || ids === null) reject('clobTokenIds missing');
  if (!labels) reject('outcomes is not a JSON array');
  if (!prices) reject('outcomePrices is not a JSON array');
  if (!tokens) reject('clobTokenIds is not a JSON array');
  if (labels?.length !== 2) reject(`expected exactly 2 outcomes, got ${labels?.length}`);
  if (prices?.length !== 2 || tokens?.length !== 2)
    reject('outcomes, outcomePrices and clobTokenIds differ in length');
  const pair = [0, 1].map((i): Outcome => {
    const label = labels?.[i];
    const token = tokens?.[i];
    const p = prices?.[i];
    if (typeof label !== 'string' || label.trim() === '') reject(`outcome ${i} has no label`);
    if (typeof token !== 'string' || !/^\d{1,78}$/.test(token))
      reject(`clobTokenIds[${i}] is not a token id`);
    const n = typeof p === 'number' ? p : typeof p === 'string' && p.trim() !== '' ? Number(p) : Number.NaN;
    if (!Number.isFinite(n)) reject(`outcomePrices[${i}] is not a number`);
    return { label: String(label), tokenId: String(token), price: price(n, `outcomePrices[${i}]`) ?? 0 };
  });
  const [yes, no] = pair as [Outcome, Outcome];
  if (yes.tokenId === no.tokenId) reject('both outcomes have the same token id');
  return [yes, no];
}

/** The market's protocol version; CTF markets ("v1") are the only ones traded here. */
const protocolOf = (wire: GammaMarketWire): string => wire.version?.trim() || 'v1';

function fee(wire: GammaMarketWire): FeeSchedule {
  const s = wire.feeSchedule;
  if (s) return { rate: s.rate, exponent: s.exponent ?? 1, takerOnly: s.takerOnly ?? true };
  if (wire.feesEnabled === true) reject('feesEnabled but no feeSchedule');
  return { rate: 0, exponent: 1, takerOnly: true };
}

function resolved(wire: GammaMarketWire, yes: Outcome, no: Outcome): 0 | 1 | null {
  if (wire.closed !== true) return null;
  if (yes.price === 1_000_000 && no.price === 0) return 0;
  if (no.price === 1_000_000 && yes.price === 0) return 1;
  return null;
}

function positiveMicros(value: number | null | undefined, fallback: Micros, field: string): Micros {
  if (value === null || value === undefined) return fallback;
  const micros = toMicros(value);
  if (micros <= 0) reject(`${field} must be positive`);
  return micros;
}

function eventOf(wire: GammaMarketWire, options: ParseGammaMarketOptions) {
  if (options.event) return options.event;
  const first: GammaEventRef | undefined = wire.events?.[0];
  if (!first?.id) return null;
  return { id: first.id, slug: first.slug ?? null, title: first.title ?? null, tags: undefined };
}

function build(wire: GammaMarketWire, options: ParseGammaMarketOptions): Market {
  const conditionId = wire.conditionId ?? '';
  if (!/^0x[0-9a-fA-F]{64}$/.test(conditionId)) reject('conditionId missing or not bytes32 hex');
  const [yes, no] = outcomes(wire);
  const event = eventOf(wire, options);
  const tickSize = positiveMicros(wire.orderPriceMinTickSize, DEFAULT_TICK, 'orderPriceMinTickSize');
  if (tickSize >= 1_000_000) reject('orderPriceMinTickSize must be below 1');
  const tagSource = wire.tags ?? wire.events?.[0]?.tags ?? [];
  const tags = event?.tags ?? tagSource.map((t) => t.slug ?? t.label ?? '').filter((t) => t !== '');
  const endTime = wire.endDate ? Date.parse(wire.endDate) : Number.NaN;
  return {
    venue: 'polymarket',
    id: wire.id,
    conditionId,
    slug: wire.slug ?? '',
    question: wire.question ?? '',
    eventId: event?.id ?? null,
    eventSlug: event?.slug ?? null,
    eventTitle: event?.title ?? null,
    yes,
    no,
    active: wire.active ?? false,
    closed: wire.closed ?? false,
    archived: wire.archived ?? false,
    enableOrderBook: wire.enableOrderBook ?? false,
    acceptingOrders: wire.acceptingOrders ?? false,
    negRisk: wire.negRisk ?? false,
    liquidity: toMicros(Math.max(0, wire.liquidityNum ?? wire.liquidity ?? 0)),
    volume24h: toMicros(Math.max(0, wire.volume24hr ?? 0)),
    volume: toMicros(Math.max(0, wire.volumeNum ?? wire.volume ?? 0)),
    endTime: Number.isNaN(endTime) ? null : endTime,
    tickSize,
    minOrderSize: positiveMicros(wire.orderMinSize, DEFAULT_MIN_SIZE, 'orderMinSize'),
    bestBid: price(wire.bestBid, 'bestBid'),
    bestAsk: price(wire.bestAsk, 'bestAsk'),
    spread: price(wire.spread, 'spread'),
    lastTradePrice: price(wire.lastTradePrice, 'lastTradePrice'),
    oneHourPriceChange: wire.oneHourPriceChange ?? null,
    oneDayPriceChange: wire.oneDayPriceChange ?? null,
    oneWeekPriceChange: wire.oneWeekPriceChange ?? null,
    fee: fee(wire),
    resolvedOutcome: resolved(wire, yes, no),
    resolutionStatus: wire.umaResolutionStatus ?? null,
    holdingRewardsEnabled: wire.holdingRewardsEnabled ?? null,
    tags,
    protocolVersion: protocolOf(wire),
    rules: wire.description ?? '',
  };
}

/**
 * One Gamma market payload → the domain Market (yes = outcome index 0), or a rejection with a reason.
 * Never throws and never guesses token ids, prices or outcomes.
 */
export function parseGammaMarket(raw: unknown, options: ParseGammaMarketOptions = {}): GammaMarketParse {
  const parsed = gammaMarketSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, id: idOf(raw), reason: describeIssues(parsed.error) };
  try {
    return { ok: true, market: build(parsed.data, options) };
  } catch (e) {
    if (e instanceof Rejection) return { ok: false, id: parsed.data.id, reason: e.message };
    return { ok: false, id: parsed.data.id, reason: e instanceof Error ? e.message : String(e) };
  }
}
