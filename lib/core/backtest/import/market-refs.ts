import { slugsFromPath } from '../../model/page-slugs';

/**
 * A market the user picked for a dataset, as typed or pasted: a Gamma market id ("512345"), a slug
 * ("will-it-rain-tomorrow"), or a polymarket.com link (/event/<event>/<market>, /event/<event>,
 * /market/<market>), whose slugs are tried most specific first.
 */
export type MarketRef =
  | { input: string; kind: 'id'; id: string }
  | { input: string; kind: 'slug'; slugs: string[] };

const ID = /^\d{1,12}$/;
const SLUG = /^[a-z0-9-]{1,300}$/i;

/** One reference, or null when it is none of the three forms. */
export function parseMarketRef(raw: string): MarketRef | null {
  const input = raw.trim();
  if (ID.test(input)) return { input, kind: 'id', id: input };
  const link = /^https?:\/\//i.test(input)
    ? input
    : input.startsWith('polymarket.com/')
      ? `https://${input}`
      : null;
  if (link !== null) {
    if (!URL.canParse(link)) return null;
    const url = new URL(link);
    if (url.hostname !== 'polymarket.com' && url.hostname !== 'www.polymarket.com') return null;
    const slugs = slugsFromPath(url.pathname);
    return slugs.length > 0 ? { input, kind: 'slug', slugs } : null;
  }
  return SLUG.test(input) ? { input, kind: 'slug', slugs: [input] } : null;
}

/** Every reference of a pasted list (one per line, or separated by commas or spaces), de-duplicated. */
export function parseMarketRefs(text: string): { refs: MarketRef[]; invalid: string[] } {
  const refs: MarketRef[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(/[\s,]+/)) {
    if (part === '' || seen.has(part)) continue;
    seen.add(part);
    const ref = parseMarketRef(part);
    if (ref) refs.push(ref);
    else invalid.push(part);
  }
  return { refs, invalid };
}
