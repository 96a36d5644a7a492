import { useCallback, useEffect, useState } from 'react';
import { request } from '../../../lib/messaging/client';
import type { CrossVenueListView, CrossVenueVerdict } from '../../../lib/messaging/cross-venue-protocol';
import { useRequest } from '../../hooks/use-request';
import { errorText } from '../../ui/ui-text';

/**
 * The cross-venue matches as the background keeps them (crossVenue.list), reloaded whenever
 * `reloadKey` changes (a scan finished), with the user's three actions: re-read the prices, give a
 * verdict on a match, pair two markets by hand. Each action reloads the list afterwards, so what
 * the screen shows is always the background's answer.
 */
export function useCrossVenue(options: { includeRejected: boolean; reloadKey: string }) {
  const { includeRejected, reloadKey } = options;
  const [view, setView] = useState<CrossVenueListView | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const refresh = useRequest('crossVenue.refresh');
  const verdict = useRequest('crossVenue.setVerdict');
  const pairing = useRequest('crossVenue.pair');

  const load = useCallback(async () => {
    try {
      setView(await request('crossVenue.list', includeRejected ? { includeRejected } : {}));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [includeRejected]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reloadKey is the signal to reload
  useEffect(() => {
    void load();
  }, [load, reloadKey]);

  return {
    view,
    error: error ?? refresh.error ?? verdict.error ?? pairing.error,
    refreshing: refresh.busy,
    deciding: verdict.busy,
    pairingBusy: pairing.busy,
    refresh: async () => {
      if (await refresh.send({})) await load();
    },
    setVerdict: async (id: string, v: CrossVenueVerdict) => {
      const done = await verdict.send({ id, verdict: v });
      await load();
      return done !== undefined;
    },
    pair: async (polymarketId: string, kalshiId: string) => {
      const done = await pairing.send({ polymarketId, kalshiId });
      await load();
      return done !== undefined;
    },
  };
}

export type CrossVenueState = ReturnType<typeof useCrossVenue>;
