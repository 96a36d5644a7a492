import type { Table } from 'dexie';

/** Keeps an append-only table bounded: rows older than `maxAgeMs` go, then the oldest beyond `maxRows`. */
export async function pruneBounded<T extends { at: number }>(
  table: Table<T, number>,
  now: number,
  maxAgeMs: number,
  maxRows: number,
): Promise<number> {
  const old = await table
    .where('at')
    .below(now - maxAgeMs)
    .primaryKeys();
  await table.bulkDelete(old);
  const excess = (await table.count()) - maxRows;
  if (excess <= 0) return old.length;
  const oldest = await table.orderBy(':id').limit(excess).primaryKeys();
  await table.bulkDelete(oldest);
  return old.length + oldest.length;
}
