import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../lib/adapters/storage/store';
import type { PassContext } from '../../../lib/app/passes/run-pass';

let counter = 0;

/** A fresh fake-indexeddb database and store (fake-indexeddb/auto is loaded by run-bench.ts). */
export async function benchStore(now: () => number): Promise<{ db: EquilibrageDatabase; store: Store }> {
  const db = new EquilibrageDatabase(`bench-${process.pid}-${++counter}`);
  await db.open();
  return { db, store: createStore(db, now) };
}

export interface CountingContext extends PassContext {
  requests: number;
  degraded: string[];
}

export function countingContext(passId: string): CountingContext {
  const ctx: CountingContext = {
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
