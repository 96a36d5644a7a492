/**
 * The market or event slugs of a polymarket.com path: /event/<event>/<market>, /event/<event>,
 * /market/<market>. Returns every candidate slug, most specific first.
 */
export function slugsFromPath(pathname: string): string[] {
  const parts = pathname.split('/').filter(Boolean);
  const kind = parts[0];
  if (kind !== 'event' && kind !== 'market') return [];
  return parts
    .slice(1, 3)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return '';
      }
    })
    .filter((p) => /^[a-z0-9-]{1,300}$/i.test(p))
    .reverse();
}

/**
 * The slugs of the market a content script's page shows, from the URL the browser reports for the
 * sender (a page cannot forge it). Anything but an https page of polymarket.com shows no market.
 */
export function slugsOfSenderPage(url: string | undefined): string[] {
  if (!url || !URL.canParse(url)) return [];
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || parsed.hostname !== 'polymarket.com') return [];
  return slugsFromPath(parsed.pathname);
}
