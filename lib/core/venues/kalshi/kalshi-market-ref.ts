/**
 * A Kalshi market the user names for a research dataset, as typed or pasted:
 * - a market ticker, in Kalshi's capitals with its dashes (`KXHIGHNY-25DEC31-B45`);
 * - the stored key (`kalshi:KXHIGHNY-25DEC31-B45`, any case);
 * - a kalshi.com market page (`https://kalshi.com/markets/kxhighny/highest-temperature-in-nyc/kxhighny-25dec31`):
 *   the page path ends in an event or market ticker, in lower case, after the series and a title slug.
 * Each candidate ticker is tried as a market, then as an event (all of its markets), most specific first.
 */
export interface KalshiMarketRef {
  input: string;
  tickers: string[];
}

const TICKER = /^[A-Z0-9][A-Z0-9.]*(-[A-Z0-9.]+)+$/;
const KEY = /^kalshi:(.+)$/i;
const HOSTS = new Set(['kalshi.com', 'www.kalshi.com']);

const asTicker = (text: string): string | null => {
  const upper = text.toUpperCase();
  return TICKER.test(upper) ? upper : null;
};

function fromLink(link: string): string[] {
  if (!URL.canParse(link)) return [];
  const url = new URL(link);
  if (!HOSTS.has(url.hostname.toLowerCase())) return [];
  const parts = url.pathname.split('/').filter((p) => p !== '');
  if (parts[0] !== 'markets' && parts[0] !== 'events') return [];
  return parts
    .slice(1)
    .reverse()
    .flatMap((part) => {
      const ticker = asTicker(decodeURIComponent(part));
      return ticker ? [ticker] : [];
    });
}

/** The reference, or null when the text is none of Kalshi's forms. */
export function parseKalshiMarketRef(raw: string): KalshiMarketRef | null {
  const input = raw.trim();
  const key = KEY.exec(input);
  if (key?.[1] !== undefined) {
    const ticker = asTicker(key[1]);
    return ticker ? { input, tickers: [ticker] } : null;
  }
  const link = /^https?:\/\//i.test(input)
    ? input
    : /^(www\.)?kalshi\.com\//i.test(input)
      ? `https://${input}`
      : null;
  if (link !== null) {
    const tickers = fromLink(link);
    return tickers.length > 0 ? { input, tickers } : null;
  }
  return TICKER.test(input) ? { input, tickers: [input] } : null;
}
