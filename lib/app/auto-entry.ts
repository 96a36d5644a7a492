import type { Store } from '../adapters/storage/store';
import { isAppError } from '../errors/app-error';
import type { Logger } from '../log/logger';
import type { Settings } from '../settings/schema';
import type { PassBody } from './run-pass';
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
  const candidates = (await deps.store.opportunities.all()).filter(
    (o) => o.score >= settings.strategy.opportunityThreshold,
  );
  for (const opportunity of candidates) {
    const open = await deps.store.positions.listOpen();
    if (open.filter((p) => p.mode === settings.mode).length >= settings.strategy.maxPositions) break;
    if (open.some((p) => p.marketId === opportunity.marketId && p.mode === settings.mode)) continue;
    try {
      const outcome = await deps.engine.enter(opportunity.marketId);
      if (outcome.positionId) report.entered.push(opportunity.marketId);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report.skipped.push({ marketId: opportunity.marketId, reason });
      deps.logger.info('auto-entry skipped a market', { marketId: opportunity.marketId, reason });
      if (!isAppError(error) || error.kind === 'operational') break;
    }
  }
  return report;
}

/** The scan pass followed by automatic entry into what it found (when the setting is on). */
export function scanThenAutoEnter(scan: PassBody, deps: AutoEntryDeps): PassBody {
  return async (ctx) => {
    const summary = await scan(ctx);
    const auto = await runAutoEntry(deps);
    return auto.entered.length > 0
      ? `${summary ?? ''} Entered ${auto.entered.length} automatically.`.trim()
      : summary;
  };
}
