import type { Micros } from '../../core/model/money';
import { markPrice } from '../../core/model/prices';
import type { PriceReferenceRow } from '../../core/model/rows/price-references';
import { type EntryPlan, planEntry, type SizingResult } from '../../core/rules/sizing';
import { sizingMessage } from '../../core/rules/sizing-text';
import {
  describeTrigger,
  describeWaiting,
  pickSingleSide,
  planSingleSide,
} from '../../core/strategies/single-side-entry';
import { isSingleSide, type StrategyName } from '../../core/strategies/strategy-names';
import { type CodedText, coded } from '../../messaging/coded-text';
import type { Settings } from '../../settings/schema';
import type { Store } from '../ports/store-port';
import type { MarketSnapshot } from './market-snapshot';
import { triggerText, waitingText } from './strategy-texts';

/** What the configured strategy says about entering one market now. */
export interface StrategyEntry {
  strategy: StrategyName;
  plan: EntryPlan | null;
  /** Why the strategy does not enter, in words, with its code (and coded form); null when `plan` is set. */
  refusal: { code: string; message: string; text?: CodedText } | null;
  /** Single-side strategies: the reference the move is measured from, with this look's marks. */
  reference: PriceReferenceRow | null;
  /** Single-side strategies: what triggered the entry ("YES rose 34 % from 40¢ to 54¢"). */
  note: string | null;
  noteText?: CodedText;
}

export interface StrategyEntryInput {
  store: Pick<Store, 'priceReferences'>;
  settings: Settings;
  snapshot: MarketSnapshot;
  bankroll: Micros;
  freeCollateral: Micros;
  now: number;
}

/**
 * Size an entry with the strategy chosen in the settings, side-effect free (the engine stores a new
 * reference when it enters or refuses, the preview does not). Balancing: the core's 50/50 planEntry.
 * Momentum / mean reversion: the core's pickSingleSide against the market's stored reference (the
 * marks when the bot first looked at it, as the backtester uses the first recorded price), then
 * planSingleSide; each market is traded once per reference, as in the backtester.
 */
export async function sizeStrategyEntry(input: StrategyEntryInput): Promise<StrategyEntry> {
  const { settings, snapshot } = input;
  const params = settings.strategy;
  const strategy = params.kind;
  const sizingInput = {
    bankroll: input.bankroll,
    freeCollateral: input.freeCollateral,
    books: { yes: snapshot.yes, no: snapshot.no },
    feeRate: snapshot.market.fee,
    params,
  };
  const base = { strategy, reference: null, note: null };
  if (!isSingleSide(strategy)) {
    const sized = planEntry(sizingInput);
    return sized.ok
      ? { ...base, plan: sized.plan, refusal: null }
      : { ...base, plan: null, refusal: sizingRefusal(sized) };
  }
  const stored = await input.store.priceReferences.get(snapshot.market.id);
  const marks = { yes: markPrice(snapshot.yes), no: markPrice(snapshot.no) };
  const latest = { lastYes: marks.yes, lastNo: marks.no, lastSeenAt: input.now };
  const reference: PriceReferenceRow = stored
    ? { ...stored, ...latest }
    : {
        marketId: snapshot.market.id,
        ...marks,
        firstSeenAt: input.now,
        enteredAt: { paper: null, live: null },
        ...latest,
      };
  const watched = { ...base, reference };
  if (reference.enteredAt[settings.mode] !== null) {
    const message = 'This strategy already traded this market once; it does not enter it again.';
    return {
      ...watched,
      plan: null,
      refusal: { code: 'already_traded', message, text: coded('already_traded') },
    };
  }
  const signal = pickSingleSide(strategy, sizingInput.books, reference, params.divergenceThreshold);
  if (signal === null) {
    const message = describeWaiting(strategy, sizingInput.books, reference, params.divergenceThreshold);
    const text = waitingText(strategy, sizingInput.books, reference, params.divergenceThreshold);
    return { ...watched, plan: null, refusal: { code: 'no_signal', message, text } };
  }
  const note = describeTrigger(signal);
  const noteText = triggerText(signal);
  const sized = planSingleSide(signal, sizingInput);
  return sized.ok
    ? { ...watched, plan: sized.plan, refusal: null, note, noteText }
    : { ...watched, plan: null, refusal: sizingRefusal(sized), note, noteText };
}

/** A sizing refusal with its coded form when the sizer gave its numbers. */
function sizingRefusal(sized: Extract<SizingResult, { ok: false }>) {
  const text = sized.params ? coded(sized.reason, sized.params) : undefined;
  return { code: sized.reason, message: sizingMessage(sized), ...(text ? { text } : {}) };
}
