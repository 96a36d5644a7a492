/** CLOB cursors: base64 of the offset; start "MA==" (base64 "0"), end sentinel "LTE=" (base64 "-1"). */
export const INITIAL_CURSOR = 'MA==';
export const END_CURSOR = 'LTE=';

export function encodeCursor(offset: number): string {
  return Buffer.from(String(offset)).toString('base64');
}

/** Offset for a cursor (missing = start); undefined when invalid or the end sentinel. */
export function decodeCursor(cursor: string | null): number | undefined {
  if (cursor === null || cursor === '') return 0;
  const offset = Number(Buffer.from(cursor, 'base64').toString('utf8'));
  return Number.isInteger(offset) && offset >= 0 ? offset : undefined;
}

/** One page of `items` and the cursor to the next page (LTE= on the last page). */
export function pageOf<T>(items: T[], cursor: string | null, limit: number) {
  const offset = decodeCursor(cursor) ?? items.length;
  const data = items.slice(offset, offset + limit);
  const next = offset + limit >= items.length ? END_CURSOR : encodeCursor(offset + limit);
  return { limit, count: data.length, next_cursor: next, data };
}
