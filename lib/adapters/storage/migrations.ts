import type { Transaction } from 'dexie';
import { DEFAULT_VENUE } from '../../core/model/venue';
import { apiMetricsTable } from './schema/api-metrics';
import { bookSnapshotsTable } from './schema/book-snapshots';
import { configTable } from './schema/config';
import { crossVenueMatchesTable } from './schema/cross-venue-matches';
import { logsTable } from './schema/logs';
import { marketsTable } from './schema/markets';
import { metricEventsTable } from './schema/metric-events';
import { opportunitiesTable } from './schema/opportunities';
import { orderIntentsTable } from './schema/order-intents';
import { passLogTable } from './schema/pass-log';
import { positionsTable } from './schema/positions';
import { priceHistoryTable } from './schema/price-history';
import { priceReferencesTable } from './schema/price-references';
import { rejectionsTable } from './schema/rejections';
import { runtimeStateTable } from './schema/runtime-state';
import { scoreSamplesTable } from './schema/score-samples';
import { tradesTable } from './schema/trades';
import { whalesTable } from './schema/whales';

/**
 * The database's history. Each version lists the stores it changes and, when rows need new
 * fields, an upgrade that fills them. Never edit a released version: add a new one.
 */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const migrations: Migration[] = [
  {
    // v1: the tables of the product design.
    version: 1,
    stores: {
      positions: 'id, marketId, status, entryTime',
      opportunities: 'id, marketId, score, detectedAt',
      config: 'id',
      trades: 'id, positionId, executedAt, status',
      whales: 'id, &walletAddress, totalVolume, lastTradeTime',
    },
  },
  {
    // v2: order intents, caches, pass log; positions and trades gain the fields the engine needs.
    version: 2,
    stores: {
      [positionsTable.name]: positionsTable.indexes,
      [opportunitiesTable.name]: opportunitiesTable.indexes,
      [configTable.name]: configTable.indexes,
      [tradesTable.name]: tradesTable.indexes,
      [whalesTable.name]: whalesTable.indexes,
      [orderIntentsTable.name]: orderIntentsTable.indexes,
      [marketsTable.name]: marketsTable.indexes,
      [priceHistoryTable.name]: priceHistoryTable.indexes,
      [passLogTable.name]: passLogTable.indexes,
      [rejectionsTable.name]: rejectionsTable.indexes,
      [runtimeStateTable.name]: runtimeStateTable.indexes,
    },
    upgrade: async (tx) => {
      await tx
        .table('positions')
        .toCollection()
        .modify((p: Record<string, unknown>) => {
          p.conditionId ??= '';
          p.eventId ??= null;
          p.yesTokenId ??= '';
          p.noTokenId ??= '';
          p.yesLabel ??= 'Yes';
          p.noLabel ??= 'No';
          p.realisedProceeds ??= 0;
          p.feesPaid ??= 0;
          p.mode ??= 'paper';
          p.closeReason ??= null;
          p.closedAt ??= null;
          p.updatedAt ??= p.entryTime ?? 0;
        });
      await tx
        .table('trades')
        .toCollection()
        .modify((t: Record<string, unknown>) => {
          t.marketId ??= '';
          t.marketName ??= '';
          t.intentId ??= t.id;
          t.reason ??= t.action === 'sell' ? 'manual' : 'entry';
          t.error ??= null;
          t.mode ??= 'paper';
        });
      // Opportunities are recomputed every scan: v1 rows lack the breakdown, so drop them.
      await tx.table('opportunities').clear();
    },
  },
  {
    // v3: score calibration samples (score, then the price 24 h later or the resolution).
    version: 3,
    stores: { [scoreSamplesTable.name]: scoreSamplesTable.indexes },
  },
  {
    // v4: operational metrics (API requests, websocket events) and persistent redacted logs, all bounded.
    version: 4,
    stores: {
      [apiMetricsTable.name]: apiMetricsTable.indexes,
      [metricEventsTable.name]: metricEventsTable.indexes,
      [logsTable.name]: logsTable.indexes,
    },
  },
  {
    // v5: recorded order-book snapshots (research datasets, backtest replay), bounded by age and count.
    version: 5,
    stores: { [bookSnapshotsTable.name]: bookSnapshotsTable.indexes },
  },
  {
    // v6: several live strategies. Positions record the strategy that opened them (every earlier
    // position was a balancing one); single-side strategies keep their reference prices.
    version: 6,
    stores: { [priceReferencesTable.name]: priceReferencesTable.indexes },
    upgrade: async (tx) => {
      await tx
        .table('positions')
        .toCollection()
        .modify((p: Record<string, unknown>) => {
          p.strategy ??= 'balancing';
        });
    },
  },
  {
    // v7: venues (Polymarket, Kalshi). Every row written before records Polymarket, the only venue
    // there was; keys stay as they are (a bare key is a Polymarket one, model/venue.ts).
    version: 7,
    stores: {},
    upgrade: async (tx) => {
      const polymarket = (row: Record<string, unknown>) => {
        row.venue ??= DEFAULT_VENUE;
      };
      for (const table of ['positions', 'trades', 'opportunities', 'orderIntents', 'rejections'])
        await tx.table(table).toCollection().modify(polymarket);
      await tx
        .table(marketsTable.name)
        .toCollection()
        .modify((row: { market: Record<string, unknown> }) => polymarket(row.market));
    },
  },
  {
    // v8: the same bet on two venues (issue 20 §4): matched pairs with the user's verdict.
    version: 8,
    stores: { [crossVenueMatchesTable.name]: crossVenueMatchesTable.indexes },
  },
];

export const LATEST_VERSION = migrations[migrations.length - 1]?.version ?? 1;
