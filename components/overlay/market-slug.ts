/**
 * The market or event slug of a polymarket.com URL: /event/<event>/<market>, /event/<event>,
 * /market/<market>. Returns every candidate slug, most specific first.
 */
export function slugsFromPath(pathname: string): string[] {
  const parts = pathname.split('/').filter(Boolean);
  const kind = parts[0];
  if (kind !== 'event' && kind !== 'market') return [];
  return parts
    .slice(1, 3)
    .map((p) => decodeURIComponent(p))
    .filter((p) => /^[a-z0-9-]{1,300}$/i.test(p))
    .reverse();
}
