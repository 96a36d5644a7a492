import type { Market } from '../../core/model/market';
import type { Headline } from '../../core/news/headline';
import type { PassContext } from '../passes/run-pass';

/**
 * What the scanner asks the info aggregator: recent headlines for these markets. `off` when every
 * news source is disabled (the factor is then missing, flagged, and the pass is not degraded);
 * `failed` lists why sources failed, with whatever the others returned.
 */
export type NewsLookup =
  | { status: 'ok'; headlines: Headline[] }
  | { status: 'off' }
  | { status: 'failed'; reasons: string[]; headlines: Headline[]; anySucceeded: boolean };

export interface NewsInput {
  headlines(markets: readonly Market[], ctx: PassContext): Promise<NewsLookup>;
}
