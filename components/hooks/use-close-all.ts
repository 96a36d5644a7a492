import { useCallback } from 'react';
import type { PositionRow } from '../../lib/core/model/rows/positions';
import { tradeRequests } from './trade-requests';
import { useAction } from './use-action';
import { pageStore } from './use-store';

export interface CloseAllResult {
  closed: number;
  total: number;
}

/**
 * Close every open position (not those still opening), then count from the store how many of them
 * are closed, so the result can be said in the user's language.
 */
export function useCloseAll(positions: PositionRow[]) {
  const action = useCallback(async (): Promise<CloseAllResult> => {
    const ids = positions.filter((p) => p.status !== 'opening').map((p) => p.id);
    await tradeRequests.closeAll();
    const after = await Promise.all(ids.map((id) => pageStore().positions.get(id)));
    return { closed: after.filter((p) => p?.status === 'closed').length, total: ids.length };
  }, [positions]);
  return useAction(action);
}
