import { type Market, supportedProtocol } from '../../core/model/market';
import type { Micros } from '../../core/model/money';
import type { PositionRow } from '../../core/model/rows/positions';
import { checkEntryRisk, positionExposure } from '../../core/rules/risk-limits';
import type { EntryPlan } from '../../core/rules/sizing';
import { valuePosition } from '../../core/rules/valuation';
import { isAppError } from '../../errors/app-error';
import { type CodedText, coded, codedFromError } from '../../messaging/coded-text';
import type { Settings } from '../../settings/schema';
import { dailyLossReached } from '../monitor/breaker';
import { assessEntryMethod, type EntryMethodAssessment } from './entry-method';
import { loadSnapshot, type MarketSnapshot } from './market-snapshot';
import { type StrategyEntry, sizeStrategyEntry } from './strategy-entry';
import type { TradingDeps } from './trading-deps';

export interface EntryAssessment {
  settings: Settings;
  market: Market;
  snapshot: MarketSnapshot;
  /** The sized entry, or null when sizing refused (see `blocked`). */
  plan: EntryPlan | null;
  /** Why the entry cannot go ahead, in words; null when it can. */
  blocked: string | null;
  blockedCode: string | null;
  /** `blocked` in coded form for the UI's language (absent when only the English exists). */
  blockedText: CodedText | null;
  /** The daily-loss breaker says the kill switch must go on. */
  breakerTripped: boolean;
  /** The configured strategy's view (null when the entry was blocked before asking it). */
  strategy: StrategyEntry | null;
  /** Books or split for a balanced entry that can go ahead (null otherwise: single side, blocked). */
  method: EntryMethodAssessment | null;
}

function heldValue(p: PositionRow, snapshot: MarketSnapshot, markets: Map<string, Market>): Micros {
  const yes = snapshot.others.get(p.yesTokenId);
  const no = snapshot.others.get(p.noTokenId);
  const market = markets.get(p.marketId);
  if (!yes || !no || !market) return positionExposure(p);
  return valuePosition(p, { yes, no }, market.fee).heldValue;
}

/**
 * Everything an entry needs to know, without side effects: the market and both books, the bankroll
 * (free collateral + exit value of open positions of the same mode, all books in ONE request), the
 * configured strategy's sizing, the risk limits and the daily-loss breaker. Preview and enter share it.
 */
export async function assessEntry(deps: TradingDeps, marketId: string): Promise<EntryAssessment> {
  const settings = await deps.settings();
  const now = deps.clock.now();
  const positions = (await deps.store.positions.all()).filter((p) => p.mode === settings.mode);
  const open = positions.filter((p) => p.status !== 'closed');
  const markets = await deps.marketData.markets([marketId, ...new Set(open.map((p) => p.marketId))]);
  const market = markets.get(marketId);
  if (!market) throw new Error(`market ${marketId} not found`);
  const snapshot = await loadSnapshot(
    deps.marketData,
    market,
    open.flatMap((p) => [p.yesTokenId, p.noTokenId]),
  );
  let strategy: StrategyEntry | null = null;
  const block = (
    code: string,
    message: string,
    text: CodedText | undefined,
    plan: EntryPlan | null = null,
    breakerTripped = false,
  ) => ({
    settings,
    market,
    snapshot,
    plan,
    blocked: message,
    blockedCode: code,
    blockedText: text ?? null,
    breakerTripped,
    strategy,
    method: null,
  });
  if (!supportedProtocol(market)) {
    const version = market.protocolVersion ?? '';
    return block(
      'market_version_unsupported',
      `This market uses Polymarket's newer protocol (version ${version}), which this extension does not trade yet.`,
      coded('market_version_unsupported', { version }),
    );
  }
  if (market.closed || !market.acceptingOrders) {
    return block(
      'not_accepting_orders',
      'This market is not accepting orders.',
      coded('not_accepting_orders'),
    );
  }
  if (dailyLossReached(positions, now, settings)) {
    return block(
      'daily_loss_limit',
      "Today's realised loss is above your daily limit: the kill switch is on.",
      coded('daily_loss_limit'),
      null,
      true,
    );
  }
  let balance: Micros;
  try {
    const exchange = await deps.exchangeFor(settings.mode, settings, market.venue);
    const refused = exchange.entriesRefused;
    if (refused) return block(refused.code, refused.message, coded(refused.code));
    balance = await exchange.balance();
  } catch (error) {
    if (isAppError(error) && error.kind !== 'temporary') {
      return block(error.code, error.message, codedFromError(error));
    }
    throw error;
  }
  const bankroll = balance + open.reduce((sum, p) => sum + heldValue(p, snapshot, markets), 0);
  strategy = await sizeStrategyEntry({
    store: deps.store,
    settings,
    snapshot,
    bankroll,
    freeCollateral: balance,
    now,
  });
  const { plan } = strategy;
  const risk = checkEntryRisk(
    { marketId, eventId: market.eventId, endTime: market.endTime, capital: plan?.expectedOutlay ?? 0 },
    { positions, killSwitch: settings.killSwitch, maxPositions: settings.strategy.maxPositions, now },
    settings.limits,
  );
  if (!risk.allowed) return block(risk.rule, risk.message, coded(risk.rule, risk.params), plan);
  if (strategy.refusal) {
    return block(strategy.refusal.code, strategy.refusal.message, strategy.refusal.text);
  }
  const method = await assessEntryMethod(deps, settings, market, snapshot, plan);
  if (method?.choice === 'split' && method.decision === null && method.unavailable) {
    const { code, message, text } = method.unavailable;
    return block(code, `Entry by split is forced but unavailable: ${message}`, text ?? undefined, plan);
  }
  return {
    settings,
    market,
    snapshot,
    plan,
    blocked: null,
    blockedCode: null,
    blockedText: null,
    breakerTripped: false,
    strategy,
    method,
  };
}
