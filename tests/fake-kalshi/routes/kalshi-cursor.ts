/** Kalshi's opaque cursors: the fake encodes an offset; "" means the last page was served. */
export function pageOf<T>(items: T[], query: URLSearchParams, defaultLimit: number, maxLimit: number) {
  const limit = Math.min(maxLimit, Math.max(1, Number(query.get('limit') ?? defaultLimit) || defaultLimit));
  const cursor = query.get('cursor') ?? '';
  const offset = cursor ? Number(Buffer.from(cursor, 'base64url').toString('utf8').replace(/^o:/, '')) : 0;
  const start = Number.isInteger(offset) && offset >= 0 ? offset : 0;
  const page = items.slice(start, start + limit);
  const next = start + limit < items.length ? Buffer.from(`o:${start + limit}`).toString('base64url') : '';
  return { page, cursor: next };
}
