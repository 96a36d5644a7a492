import type { z } from 'zod';
import type { Market } from '../../core/model/market';
import type { BookSnapshotRow } from '../../core/model/rows/book-snapshots';
import type { CrossVenueMatchRow } from '../../core/model/rows/cross-venue-matches';
import type { LogRow } from '../../core/model/rows/logs';
import type { OpportunityRow } from '../../core/model/rows/opportunities';
import type { OrderIntentRow } from '../../core/model/rows/order-intents';
import type { PassLogRow, PassName } from '../../core/model/rows/pass-log';
import type { PositionRow } from '../../core/model/rows/positions';
import type { PriceHistoryRow } from '../../core/model/rows/price-history';
import type { PriceReferenceRow, ReferenceMode } from '../../core/model/rows/price-references';
import type { RejectionRow } from '../../core/model/rows/rejections';
import type { ScoreSampleRow } from '../../core/model/rows/score-samples';
import type { TradeRow } from '../../core/model/rows/trades';
import type { WhaleRow } from '../../core/model/rows/whales';
import type { VenueId } from '../../core/model/venue';
import type { ParseSettingsResult, SettingsPatch } from '../../settings/parse-settings';
import type { Settings } from '../../settings/schema';

/**
 * What lib/app keeps and reads: the domain rows (lib/core/model/rows), one collection each. The
 * storage adapter (lib/adapters/storage/store.ts, IndexedDB through Dexie) implements it; every
 * write validates the row.
 */

/** Settings; a stored value that no longer validates reads as the defaults, nothing invalid is saved. */
export interface SettingsStore {
  get(): Promise<Settings>;
  update(patch: SettingsPatch): Promise<ParseSettingsResult>;
  reset(): Promise<Settings>;
}

export interface PassLogStore {
  put(row: PassLogRow): Promise<void>;
  latest(pass: PassName): Promise<PassLogRow | undefined>;
  /** The last run of every pass (for the popup's status dots). */
  latestPerPass(): Promise<Partial<Record<PassName, PassLogRow>>>;
  recent(limit: number): Promise<PassLogRow[]>;
  /** Drop the oldest rows of a pass beyond the kept number. */
  prune(pass: PassName): Promise<number>;
}

export interface PositionsStore {
  put(row: PositionRow): Promise<void>;
  get(id: string): Promise<PositionRow | undefined>;
  /** Positions still holding shares (or being opened): active, liquidated, opening; oldest first. */
  listOpen(): Promise<PositionRow[]>;
  listClosed(): Promise<PositionRow[]>;
  listByMarket(marketId: string): Promise<PositionRow[]>;
  /** Newest first. */
  all(): Promise<PositionRow[]>;
}

export interface OpportunitiesStore {
  /** Insert or replace opportunities by market (one row per market). */
  upsertMany(rows: OpportunityRow[]): Promise<void>;
  /** Best first. */
  top(limit: number): Promise<OpportunityRow[]>;
  all(): Promise<OpportunityRow[]>;
  bySlugs(slugs: string[]): Promise<OpportunityRow[]>;
  /** Remove every opportunity not written by scan `scanId`. */
  pruneExceptScan(scanId: string): Promise<number>;
  pruneOlderThan(cutoff: number): Promise<number>;
}

export interface TradesStore {
  put(row: TradeRow): Promise<void>;
  listByPosition(positionId: string): Promise<TradeRow[]>;
  /** Newest first, within an optional time range. */
  list(range?: { from?: number; to?: number }): Promise<TradeRow[]>;
}

export interface WhalesStore {
  upsertMany(rows: WhaleRow[]): Promise<void>;
  top(limit: number): Promise<WhaleRow[]>;
  byAddress(walletAddress: string): Promise<WhaleRow | undefined>;
  /** Rows of these wallets, by address (addresses as stored: lower-case). */
  byAddresses(walletAddresses: string[]): Promise<Map<string, WhaleRow>>;
  all(): Promise<WhaleRow[]>;
  tracked(): Promise<WhaleRow[]>;
  setTracked(walletAddress: string, tracked: boolean): Promise<boolean>;
}

/** Named runtime values, each read through its own zod schema (a bad value reads as absent). Never secrets. */
export interface RuntimeStore {
  get<S extends z.ZodType>(key: string, schema: S): Promise<z.output<S> | undefined>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/** The order journal: an intent is written before its order leaves (never retry a post blindly). */
export interface OrderIntentsStore {
  create(row: OrderIntentRow): Promise<void>;
  update(id: string, changes: Partial<OrderIntentRow>): Promise<void>;
  get(id: string): Promise<OrderIntentRow | undefined>;
  /** Intents whose outcome is not known yet, oldest first. */
  listUnresolved(): Promise<OrderIntentRow[]>;
  listByPosition(positionId: string): Promise<OrderIntentRow[]>;
}

/** Decoded Gamma markets by id, refreshed by each scan. */
export interface MarketsStore {
  upsertMany(markets: Market[]): Promise<void>;
  get(id: string): Promise<Market | undefined>;
  getMany(ids: string[]): Promise<Map<string, Market>>;
  /** Cached markets with the time each was last refreshed. */
  getManyWithAge(ids: string[]): Promise<Map<string, { market: Market; updatedAt: number }>>;
  bySlug(slug: string): Promise<Market | undefined>;
  /** Every cached market of one venue (the cross-venue matcher reads both venues' lists). */
  listByVenue(venue: VenueId): Promise<Market[]>;
  pruneOlderThan(cutoff: number): Promise<number>;
}

export interface PriceHistoryStore {
  put(row: PriceHistoryRow): Promise<void>;
  getMany(tokenIds: string[]): Promise<Map<string, PriceHistoryRow>>;
  /** Tokens with no cached history, or one fetched before `cutoff`. */
  stale(tokenIds: string[], cutoff: number): Promise<string[]>;
}

export interface RejectionsStore {
  replaceAll(rows: RejectionRow[]): Promise<void>;
  get(marketId: string): Promise<RejectionRow | undefined>;
  list(limit: number): Promise<RejectionRow[]>;
  countsByRule(): Promise<Record<string, number>>;
}

export interface ScoreSamplesStore {
  putMany(rows: ScoreSampleRow[]): Promise<void>;
  latestByMarket(marketIds: string[]): Promise<Map<string, ScoreSampleRow>>;
  /** Samples still waiting for their outcome, scored before `cutoff`. */
  pendingBefore(cutoff: number): Promise<ScoreSampleRow[]>;
  /** Newest first. */
  recent(limit: number): Promise<ScoreSampleRow[]>;
  pruneOlderThan(cutoff: number): Promise<number>;
}

/** Redacted log lines that survive worker restarts. */
export interface LogsStore {
  addMany(rows: readonly LogRow[]): Promise<void>;
  /** The newest `limit` lines, oldest first. */
  recent(limit: number): Promise<LogRow[]>;
  /** JSON Lines of the newest lines, oldest first. */
  exportJsonLines(limit?: number): Promise<string>;
  prune(now: number): Promise<number>;
  clear(): Promise<void>;
}

export interface BookSnapshotsStore {
  putMany(rows: BookSnapshotRow[]): Promise<void>;
  /** Snapshots of one token in [from, to], ascending time. */
  forToken(tokenId: string, from?: number, to?: number): Promise<BookSnapshotRow[]>;
  /** Time of the newest snapshot of each token (absent when none). */
  latestTimes(tokenIds: readonly string[]): Promise<Map<string, number>>;
  count(): Promise<number>;
  /** Drop snapshots older than `now − maxAgeMs`, then the oldest beyond `maxRows`. */
  prune(now: number, maxAgeMs: number, maxRows: number): Promise<number>;
}

/** Single-side strategies' reference prices, one row per market. */
export interface PriceReferencesStore {
  get(marketId: string): Promise<PriceReferenceRow | undefined>;
  /** Record a look: a new market's row is kept as given, a known one only gets its latest marks. */
  observe(row: PriceReferenceRow): Promise<PriceReferenceRow>;
  markEntered(marketId: string, mode: ReferenceMode, at: number | null): Promise<void>;
  watching(mode: ReferenceMode, limit: number): Promise<PriceReferenceRow[]>;
  delete(marketId: string): Promise<void>;
  all(): Promise<PriceReferenceRow[]>;
}

/** Pairs of markets that may be the same bet on two venues, with the user's verdict (issue 20 §4). */
export interface CrossVenueMatchesStore {
  all(): Promise<CrossVenueMatchRow[]>;
  get(id: string): Promise<CrossVenueMatchRow | undefined>;
  byLeft(leftId: string): Promise<CrossVenueMatchRow[]>;
  /** Writes these rows and deletes the rows of `remove`, in one transaction. */
  replace(rows: readonly CrossVenueMatchRow[], remove: readonly string[]): Promise<void>;
}

/** Every collection lib/app uses, and the transactions that keep several of them consistent. */
export interface Store {
  settings: SettingsStore;
  passLog: PassLogStore;
  positions: PositionsStore;
  opportunities: OpportunitiesStore;
  trades: TradesStore;
  whales: WhalesStore;
  runtime: RuntimeStore;
  orderIntents: OrderIntentsStore;
  markets: MarketsStore;
  priceHistory: PriceHistoryStore;
  rejections: RejectionsStore;
  scoreSamples: ScoreSamplesStore;
  logs: LogsStore;
  bookSnapshots: BookSnapshotsStore;
  priceReferences: PriceReferencesStore;
  crossVenueMatches: CrossVenueMatchesStore;
  /**
   * Runs `work` in ONE read-write transaction over these collections: every write inside it lands,
   * or none does. `work` may only use the store (no network, no timers) while it runs.
   */
  transaction<T>(collections: readonly StoreCollection[], work: () => Promise<T>): Promise<T>;
}

/** A collection of the store, by its name on the Store. */
export type StoreCollection = Exclude<keyof Store, 'transaction'>;
