import {
  createPolymarketClients,
  type PolymarketClients,
} from '../../../lib/adapters/polymarket/polymarket-clients';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../lib/adapters/storage/store';
import type { PassContext } from '../../../lib/app/passes/run-pass';
import type { Venues } from '../../../lib/app/ports/venue-port';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import type { FakePolymarket } from '../../fake-polymarket/start-fake-polymarket';
import { polymarketOnly } from '../support/polymarket-venues';

let dbCounter = 0;

export interface Harness {
  db: EquilibrageDatabase;
  store: Store;
  clients: PolymarketClients;
  /** Polymarket alone over `clients` (the scan and the whale pass read through it). */
  venues: Venues;
  settings: Settings;
  ids: { next(): string };
  clock: { now(): number };
}

/** A fresh database (unique name), clients on the fake, and the fake's clock. */
export async function harness(fake: FakePolymarket, overrides: Partial<Settings> = {}): Promise<Harness> {
  const db = new EquilibrageDatabase(`intelligence-${process.pid}-${++dbCounter}-${Date.now()}`);
  await db.open();
  const clock = { now: () => fake.state.nowMs };
  let id = 0;
  const clients = createPolymarketClients({
    endpoints: { gammaUrl: fake.gammaUrl, clobUrl: fake.clobUrl, dataUrl: fake.dataUrl },
    backoff: { baseDelayMs: 1, maxDelayMs: 5 },
    maxAttempts: 2,
  });
  return {
    db,
    store: createStore(db, clock.now),
    clients,
    venues: polymarketOnly(clients),
    settings: { ...DEFAULT_SETTINGS, ...overrides },
    ids: { next: () => `id-${++id}` },
    clock,
  };
}

export interface RecordingContext extends PassContext {
  requests: number;
  degraded: string[];
}

export function passContext(passId = 'scan-1'): RecordingContext {
  const ctx: RecordingContext = {
    passId,
    signal: new AbortController().signal,
    requests: 0,
    degraded: [],
    addRequests: (n) => {
      ctx.requests += n;
    },
    degrade: (message) => {
      ctx.degraded.push(message);
    },
  };
  return ctx;
}

/** Requests the fake served, by "METHOD /api/path". */
export function requestCounts(fake: FakePolymarket): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of fake.requestLog.entries) {
    const key = `${e.method} /${e.api}${e.path}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
