import { decideEntry, type EntryDecision, type MethodChoice } from '../../core/ctf/entry-decision';
import { gasCostMicros } from '../../core/ctf/gas-cost';
import type { Market } from '../../core/model/market';
import { type Micros, roundToStep } from '../../core/model/money';
import type { EntryPlan } from '../../core/rules/sizing';
import { venueHasCtf } from '../../core/venues/venue-ctf';
import { isAppError } from '../../errors/app-error';
import { type CodedText, codedFromError } from '../../messaging/coded-text';
import type { Settings } from '../../settings/schema';
import type { MarketSnapshot } from './market-snapshot';
import type { TradingDeps } from './trading-deps';

/** Pairs are whole cents: the shares they give can be sold back in the exchange's 2-decimal sizes. */
const CENT: Micros = 10_000;

/** How a balanced entry goes in: the core's comparison of both books with a split, or why split is out. */
export interface EntryMethodAssessment {
  choice: MethodChoice;
  /** Null when the split could not be priced (live CTF unavailable): the books are bought. */
  decision: EntryDecision | null;
  /** Why the split could not be priced, in words and coded; null when it could. */
  unavailable: { code: string; message: string; text: CodedText | null } | null;
  /** Whether the account pays its own gas (a plain wallet) or Polymarket's relayer does. */
  gasPaidBy: 'wallet' | 'relayer';
}

/**
 * For a balanced plan (both legs), compare buying both books with minting the same pairs by a
 * split ($1 a pair + gas), in the core (decideEntry), as the settings choose (auto | books | split).
 * The pairs are the plan's capital less the split's gas, in whole cents, so a split never spends
 * more than the plan allots. Single-side plans (momentum, mean reversion) have no pairs, nor has a
 * market of a venue without Polymarket's CTF (Kalshi): null, the books are bought.
 */
export async function assessEntryMethod(
  deps: TradingDeps,
  settings: Settings,
  market: Market,
  snapshot: MarketSnapshot,
  plan: EntryPlan | null,
): Promise<EntryMethodAssessment | null> {
  // A split mints Polymarket's CTF pairs: a venue without the CTF (Kalshi) buys both books.
  if (!plan?.yes || !plan.no || !venueHasCtf(market.venue)) return null;
  const choice = settings.strategy.entryMethod;
  try {
    if (!deps.ctfFor) throw new Error('no CTF operations composed');
    const ctf = await deps.ctfFor(settings.mode, settings);
    const gas = await ctf.gas('split', market);
    const pairs = Math.max(0, roundToStep(plan.capital - gasCostMicros(gas), CENT, 'down'));
    const decision = decideEntry({
      pairs,
      yesAsks: snapshot.yes.asks,
      noAsks: snapshot.no.asks,
      feeRate: market.fee,
      gas,
      choice,
    });
    return { choice, decision, unavailable: null, gasPaidBy: gas.kind === 'eoa' ? 'wallet' : 'relayer' };
  } catch (error) {
    if (isAppError(error) && error.kind === 'temporary') throw error;
    const message = error instanceof Error ? error.message : String(error);
    deps.logger.warn('split could not be priced: the entry buys the books', { message });
    const code = isAppError(error) ? error.code : 'ctf_unavailable';
    const text = isAppError(error) ? codedFromError(error) : null;
    return {
      choice,
      decision: null,
      unavailable: { code, message, text: text ?? null },
      gasPaidBy: 'relayer',
    };
  }
}
