import type { Market } from '../../core/model/market';
import type { RejectionRow } from '../../core/model/rows/rejections';
import { checkBooks } from '../../core/rules/eligibility';
import { eligibilityMessage } from '../../core/rules/eligibility-text';
import type { StrategyParams } from '../../core/rules/params';
import { type CodedText, coded, codedWithReason } from '../../messaging/coded-text';
import { reasonOf } from '../intelligence/intelligence-deps';
import type { PassContext } from '../passes/run-pass';
import type { VenueMarketReads } from '../ports/venue-port';
import { fetchBooks } from './fetch-books';
import type { EligibleMarket } from './score-markets';

export type Reject = (
  market: Pick<Market, 'venue' | 'id' | 'question'>,
  rule: string,
  message: string,
  text: CodedText,
) => RejectionRow;

/**
 * Books for the shortlist only (both tokens, batched by the venue), then the book rules. A market
 * whose books cannot be had is rejected with the reason, never scored on invented data.
 */
export async function applyBookChecks(
  reads: Pick<VenueMarketReads, 'books' | 'booksPerRequest'>,
  shortlist: readonly Market[],
  params: StrategyParams,
  ctx: PassContext,
  reject: Reject,
): Promise<{ eligible: EligibleMarket[]; rejected: RejectionRow[] }> {
  const eligible: EligibleMarket[] = [];
  const rejected: RejectionRow[] = [];
  if (shortlist.length === 0) return { eligible, rejected };
  let books: Awaited<ReturnType<typeof fetchBooks>>;
  try {
    books = await fetchBooks(
      reads,
      shortlist.flatMap((m) => [m.yes.tokenId, m.no.tokenId]),
      ctx,
    );
  } catch (error) {
    ctx.degrade(`Order books unavailable: ${reasonOf(error)}`, codedWithReason('books_unavailable', error));
    for (const m of shortlist)
      rejected.push(
        reject(m, 'books_unavailable', 'Order books could not be fetched', coded('books_unavailable')),
      );
    return { eligible, rejected };
  }
  for (const market of shortlist) {
    const yes = books.get(market.yes.tokenId);
    const no = books.get(market.no.tokenId);
    if (!yes || !no) {
      const message = 'The venue has no order book for this market';
      rejected.push(reject(market, 'no_order_book', message, coded('no_order_book')));
      continue;
    }
    const verdict = checkBooks({ yes, no }, params);
    if (verdict.eligible) eligible.push({ market, books: { yes, no } });
    else rejected.push(reject(market, verdict.rule, eligibilityMessage(verdict), verdict.text));
  }
  return { eligible, rejected };
}
