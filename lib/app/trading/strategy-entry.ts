import type { Micros } from '../../core/model/money';
import { markPrice } from '../../core/model/prices';
import type { PriceReferenceRow } from '../../core/model/rows/price-references';
import type { EntryPlan, SizingResult } from '../../core/rules/sizing';
import { sizingMessage } from '../../core/rules/sizing-text';
import { createStrategy } from '../../core/strategies/registry';
import { describeTrigger, describeWaiting } from '../../core/strategies/single-side-entry';
import type { EntryContext } from '../../core/strategies/strategy';
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
 * reference when it enters or refuses, the preview does not): the core Strategy's own entry — the
 * same object the backtester runs — on this market's books, without the scan's screening (the scan,
 * or the user, chose the market). Momentum / mean reversion measure moves from the market's stored
 * reference (the marks when the bot first looked at it, as the backtester uses the first recorded
 * price); each market is traded once per reference, as in the backtester.
 */
export async function sizeStrategyEntry(input: StrategyEntryInput): Promise<StrategyEntry> {
  const { settings, snapshot } = input;
  const { market } = snapshot;
  const params = settings.strategy;
  const name = params.kind;
  const ctx: EntryContext = {
    now: input.now,
    market,
    books: { yes: snapshot.yes, no: snapshot.no },
    state: { closed: market.closed, resolvedOutcome: market.resolvedOutcome, feeRate: market.fee },
    bankroll: () => input.bankroll,
    freeCollateral: input.freeCollateral,
    screen: false,
    score: null,
    reference: { yes: null, no: null },
  };
  const base = { strategy: name, reference: null, note: null };
  if (!isSingleSide(name)) {
    const entry = createStrategy(name, params).entry(ctx);
    if (entry.kind === 'enter') return { ...base, plan: entry.plan, refusal: null };
    return { ...base, plan: null, refusal: entry.kind === 'refuse' ? sizingRefusal(entry.refusal) : null };
  }
  const stored = await input.store.priceReferences.get(market.id);
  const marks = { yes: markPrice(snapshot.yes), no: markPrice(snapshot.no) };
  const latest = { lastYes: marks.yes, lastNo: marks.no, lastSeenAt: input.now };
  const reference: PriceReferenceRow = stored
    ? { ...stored, ...latest }
    : {
        marketId: market.id,
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
  const entry = createStrategy(name, params).entry({ ...ctx, reference });
  if (entry.kind === 'skip') {
    const threshold = params.divergenceThreshold;
    const message = describeWaiting(name, ctx.books, reference, threshold);
    const text = waitingText(name, ctx.books, reference, threshold);
    return { ...watched, plan: null, refusal: { code: 'no_signal', message, text } };
  }
  const noted = entry.signal
    ? { note: describeTrigger(entry.signal), noteText: triggerText(entry.signal) }
    : {};
  return entry.kind === 'enter'
    ? { ...watched, ...noted, plan: entry.plan, refusal: null }
    : { ...watched, ...noted, plan: null, refusal: sizingRefusal(entry.refusal) };
}

/** A sizing refusal with its coded form when the sizer gave its numbers. */
function sizingRefusal(sized: Extract<SizingResult, { ok: false }>) {
  const text = sized.params ? coded(sized.reason, sized.params) : undefined;
  return { code: sized.reason, message: sizingMessage(sized), ...(text ? { text } : {}) };
}
