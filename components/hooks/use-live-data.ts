import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { toMicros } from '../../lib/core/model/money';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { pageStore } from './use-store';

/** Live views of the store for the UI: they update as the background writes, with no reload. */
export function useSettings() {
  return useLiveQuery(() => pageStore().settings.get());
}

export function useOpenPositions() {
  return useLiveQuery(() => pageStore().positions.listOpen(), [], []);
}

export function useClosedPositions() {
  return useLiveQuery(() => pageStore().positions.listClosed(), [], []);
}

export function useTopOpportunities(limit: number) {
  return useLiveQuery(() => pageStore().opportunities.top(limit), [limit], []);
}

export function useLatestPasses() {
  return useLiveQuery(() => pageStore().passLog.latestPerPass(), [], {});
}

export function useRecentPasses(limit: number) {
  return useLiveQuery(() => pageStore().passLog.recent(limit), [limit], []);
}

export function useTrades() {
  return useLiveQuery(() => pageStore().trades.list(), [], []);
}

export function useWhales(limit: number) {
  return useLiveQuery(() => pageStore().whales.top(limit), [limit], []);
}

/** The paper wallet the paper exchange keeps in runtime state (lib/adapters/exchange/paper-account.ts). */
const PAPER_ACCOUNT_KEY = 'paper.account';
const paperCollateral = z.object({ collateral: z.number().int() });

/**
 * Free paper pUSD (micros): the paper wallet's collateral, or the starting balance before any trade.
 * Undefined in live mode (the exchange balance is not mirrored in the store): shown as "—", not guessed.
 */
export function usePaperBalance() {
  return useLiveQuery(async () => {
    const store = pageStore();
    const settings = await store.settings.get();
    if (settings.mode !== 'paper') return undefined;
    const account = await store.runtime.get(PAPER_ACCOUNT_KEY, paperCollateral);
    if (account !== undefined) return account.collateral;
    return toMicros(settings.paper.startingBalanceUsd ?? DEFAULT_SETTINGS.paper.startingBalanceUsd);
  });
}

export function useAllOpportunities() {
  return useLiveQuery(() => pageStore().opportunities.all(), [], []);
}

export function useRejections(limit: number) {
  return useLiveQuery(() => pageStore().rejections.list(limit), [limit], []);
}

export function useAllPositions() {
  return useLiveQuery(() => pageStore().positions.all(), [], []);
}

/** YES/NO price history of one market (from the scan's cache), with the outcome labels. */
export function useMarketHistory(marketId: string) {
  return useLiveQuery(async () => {
    const store = pageStore();
    const market = await store.markets.get(marketId);
    if (!market) return null;
    const histories = await store.priceHistory.getMany([market.yes.tokenId, market.no.tokenId]);
    return {
      yesLabel: market.yes.label,
      noLabel: market.no.label,
      yes: histories.get(market.yes.tokenId)?.points ?? [],
      no: histories.get(market.no.tokenId)?.points ?? [],
    };
  }, [marketId]);
}

export function useScoreSamples(limit: number) {
  return useLiveQuery(() => pageStore().scoreSamples.recent(limit), [limit], []);
}

export function usePosition(id: string | undefined) {
  return useLiveQuery(async () => (id ? pageStore().positions.get(id) : undefined), [id]);
}
