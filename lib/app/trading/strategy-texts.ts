import { OUTCOME_SIDES } from '../../core/model/outcome-side';
import { markPrice } from '../../core/model/prices';
import type { MarketBooks } from '../../core/rules/eligibility';
import type { PriceReference, SideSignal } from '../../core/strategies/single-side-entry';
import type { SingleSideKind } from '../../core/strategies/strategy-names';
import { type CodedParams, type CodedText, coded } from '../../messaging/coded-text';

/**
 * The coded forms of a single-side strategy's words (the core's describeWaiting and the entry
 * note), for the UI's language; the English stays the core's. Prices in micros, moves as ratios.
 */
export function waitingText(
  kind: SingleSideKind,
  books: MarketBooks,
  reference: PriceReference,
  threshold: number,
): CodedText {
  const params: CodedParams = { thresholdRatio: threshold };
  for (const side of OUTCOME_SIDES) {
    const mark = markPrice(books[side]);
    const ref = reference[side];
    if (mark === null || ref === null || ref <= 0)
      return coded(`waiting_${kind}_no_price`, { thresholdRatio: threshold });
    params[`${side}FromPrice`] = ref;
    params[`${side}ToPrice`] = mark;
    params[`${side}Move`] = (mark - ref) / ref;
  }
  return coded(`waiting_${kind}`, params);
}

/** "YES rose 34 % from 40¢ to 54¢: buy YES only" in coded form. */
export function triggerText(signal: SideSignal): CodedText {
  return coded(signal.move >= 0 ? 'trigger_rose' : 'trigger_fell', {
    side: signal.side,
    moveRatio: Math.abs(signal.move),
    fromPrice: signal.reference,
    toPrice: signal.mark,
  });
}
