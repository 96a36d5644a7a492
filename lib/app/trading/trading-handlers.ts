import { validationError } from '../../errors/app-error';
import type { HandlersFor } from '../../messaging/router';
import type { TradingMessage } from '../../messaging/trading-protocol';
import type { Store } from '../ports/store-port';
import type { TradingEngine } from './trading-engine';

export interface TradingHandlerDeps {
  store: Store;
  engine: TradingEngine;
  resetPaper: () => Promise<void>;
}

/**
 * The trading messages (all privileged: extension pages only). A double-clicked "enter" or two
 * pages entering at once give one position: the engine runs entries of a market one at a time and
 * never enters a market twice.
 */
export function createTradingHandlers(deps: TradingHandlerDeps): HandlersFor<TradingMessage> {
  const { engine, store } = deps;
  return {
    'position.preview': ({ marketId }) => engine.preview(marketId),
    'position.enter': ({ marketId }) => engine.enter(marketId),
    'position.close': ({ positionId }) => engine.closePosition(positionId, 'manual'),
    'positions.closeAll': () => engine.closeAll('manual'),
    'paper.reset': async () => {
      const open = (await store.positions.listOpen()).filter((p) => p.mode === 'paper');
      if (open.length > 0) {
        throw validationError(
          `Close the ${open.length} open paper positions before resetting the paper wallet.`,
          { code: 'paper_positions_open', details: { count: open.length } },
        );
      }
      await deps.resetPaper();
      return { message: 'Paper wallet reset to the starting balance.' };
    },
  };
}
