import type { EntryMethod, EntryReason, MethodChoice } from '../../core/ctf/entry-decision';
import type { HoldingReward } from '../../core/ctf/holding-reward';
import type { Micros } from '../../core/model/money';
import type { StrategyName } from '../../core/strategies/strategy-names';
import type { CodedText } from '../../messaging/coded-text';
import type { Settings } from '../../settings/schema';

/** One leg of a proposed entry, as the UI shows it (money and prices in micros). */
export interface LegPreview {
  label: string;
  cost: Micros;
  shares: Micros;
  bestAsk: Micros;
  worstPrice: Micros;
  /** Collateral available on the asks within the slippage limit. */
  depthWithinSlippage: Micros;
  fee: Micros;
}

/**
 * Books versus split for a balanced entry: what N pairs (N YES + N NO) cost on both books (fees and
 * slippage included) and by minting them ($1 a pair + gas), which way the entry goes and why.
 */
export interface EntryMethodPreview {
  method: EntryMethod;
  reason: EntryReason;
  /** The setting: auto picks the cheaper; books or split force it. */
  choice: MethodChoice;
  pairs: Micros;
  booksCost: Micros;
  booksFees: Micros;
  /** False when the asks cannot supply the pairs. */
  booksFilled: boolean;
  splitCost: Micros;
  splitGas: Micros;
  /** Cost of the other way minus the chosen one (negative when a forced way costs more). */
  saving: Micros;
  /** A plain wallet pays POL gas; email and browser-wallet accounts go through Polymarket's relayer. */
  gasPaidBy: 'wallet' | 'relayer';
}

/** What entering a market would do, or why it cannot. */
export interface EntryPreview {
  marketId: string;
  marketName: string;
  mode: Settings['mode'];
  yes: LegPreview | null;
  no: LegPreview | null;
  totalCost: Micros;
  totalFees: Micros;
  /** Why the entry cannot go ahead, in words; null when it can. */
  blocked: string | null;
  /** `blocked` in coded form (namespace `errors`), for the UI's language; null when only English exists. */
  blockedText: CodedText | null;
  /** The strategy that would open the position (the settings' choice). */
  strategy: StrategyName;
  /** A single-side strategy's trigger ("YES rose 34 % from 40¢ to 54¢: buy YES only"), else null. */
  note: string | null;
  /** `note` in coded form (namespace `entryNotes`), or null. */
  noteText: CodedText | null;
  /**
   * Where the position starts: its P&L if sold at once at today's bids (spread and both fees), as a
   * ratio of the outlay (−0.09 = starts 9 % down). 0 when nothing would be bought.
   */
  startPnlRatio: number;
  /** The stop-loss distance the position is measured against (0.15 = −15 %), null when off. */
  stopLoss: number | null;
  /**
   * Polymarket's holding reward on the planned shares at today's mids and the settings' rate (issue 18);
   * optional: an older background does not send it.
   */
  holdingReward?: HoldingReward;
  /** The annual rate that estimate used (0.04 = 4 %). */
  holdingRewardRate?: number;
  /** Books versus split (balanced entries that can go ahead), else null: the books are bought. */
  entryMethod?: EntryMethodPreview | null;
}

/** The answer to enter / close / close-all / paper reset. */
export interface TradeOutcome {
  positionId?: string;
  message?: string;
  /** `message` in coded form (namespace `tradeOutcomes`), for the UI's language. */
  text?: CodedText;
}
