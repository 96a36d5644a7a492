import { isSingleSide } from '../../core/strategies/strategy-names';
import { isAppError } from '../../errors/app-error';
import type { Logger } from '../../log/logger';
import { coded } from '../../messaging/coded-text';
import type { Settings } from '../../settings/schema';
import type { PassBody } from '../passes/run-pass';
import type { Store } from '../ports/store-port';
import type { TradingEngine } from './trading-engine';

export interface AutoEntryDeps {
  store: Store;
  engine: TradingEngine;
  settings: () => Promise<Settings>;
  logger: Logger;
}

export interface AutoEntryReport {
  entered: string[];
  skipped: Array<{ marketId: string; reason: string }>;
}

/**
 * Automatic entry (strategy.md Entry): when `autoEntry` is on, enter the scan's opportunities at or
 * above the score threshold, best score first, while the limits allow. The engine applies every
 * risk rule again; an operational refusal (kill switch, breaker, wallet locked) stops the round.
 */
export async function runAutoEntry(deps: AutoEntryDeps): Promise<AutoEntryReport> {
  const report: AutoEntryReport = { entered: [], skipped: [] };
  const settings = await deps.settings();
  if (!settings.autoEntry || settings.killSwitch) return report;
  const candidates = await candidateMarkets(deps.store, settings);
  for (const marketId of candidates) {
    const open = await deps.store.positions.listOpen();
    if (open.filter((p) => p.mode === settings.mode).length >= settings.strategy.maxPositions) break;
    if (open.some((p) => p.marketId === marketId && p.mode === settings.mode)) continue;
    try {
      const outcome = await deps.engine.enter(marketId);
      if (outcome.positionId) report.entered.push(marketId);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report.skipped.push({ marketId, reason });
      const code = isAppError(error) ? error.code : '';
      if (code === 'not_accepting_orders' || code === 'market_not_found') {
        await deps.store.priceReferences.delete(marketId); // a watched market that closed
      }
      // A single-side strategy waiting for its move is the normal case, not news.
      if (code === 'no_signal') deps.logger.debug('auto-entry: still waiting', { marketId, reason });
      else deps.logger.info('auto-entry skipped a market', { marketId, reason });
      if (!isAppError(error) || error.kind === 'operational') break;
    }
  }
  return report;
}

/** Markets a single-side strategy keeps watching for their move after they leave the scan's list. */
const MAX_WATCHED = 50;

/**
 * The scan's opportunities at or above the score threshold, best first; for a single-side strategy
 * also the markets it started watching (stored reference, not traded yet) that are no longer on the
 * list: the move it waits for usually takes YES out of the scan's balanced band.
 */
async function candidateMarkets(store: Store, settings: Settings): Promise<string[]> {
  const listed = (await store.opportunities.all())
    .filter((o) => o.score >= settings.strategy.opportunityThreshold)
    .map((o) => o.marketId);
  if (!isSingleSide(settings.strategy.kind)) return listed;
  const watched = (await store.priceReferences.watching(settings.mode, MAX_WATCHED)).map((r) => r.marketId);
  return [...new Set([...listed, ...watched])];
}

/** The scan pass followed by automatic entry into what it found (when the setting is on). */
export function scanThenAutoEnter(scan: PassBody, deps: AutoEntryDeps): PassBody {
  return async (ctx) => {
    const summary = await scan(ctx);
    const auto = await runAutoEntry(deps);
    if (auto.entered.length === 0) return summary;
    ctx.summarise?.(coded('auto_entered', { count: auto.entered.length }));
    return `${summary ?? ''} Entered ${auto.entered.length} automatically.`.trim();
  };
}
