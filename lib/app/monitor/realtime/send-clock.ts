import type { ExchangeProvider } from '../../ports/exchange-port';

/**
 * Notes when each order is handed to the exchange, per token, so the realtime monitor can time
 * "socket event → order sent" without the engine knowing about it. Wrap the provider the trading
 * services get: `exchangeFor: sendClock.wrap(exchanges.exchangeFor)`.
 */
export interface SendClock {
  wrap(provider: ExchangeProvider): ExchangeProvider;
  /** Monotonic time of the first send on `tokenId` at or after `since`, if any. */
  sentSince(tokenId: string, since: number): number | null;
}

export function createSendClock(now: () => number = () => performance.now()): SendClock {
  const sends = new Map<string, number[]>();
  const note = (tokenId: string) => {
    const list = sends.get(tokenId) ?? [];
    list.push(now());
    if (list.length > 8) list.shift();
    sends.set(tokenId, list);
  };
  return {
    wrap: (provider) => async (mode, settings, venue) => {
      const exchange = await provider(mode, settings, venue);
      // All of the exchange but `send`, timed: its optional parts too (a close-only region's
      // refusal, paper's resolution payout), or the engine would trade as if they were absent.
      const settle = exchange.settleResolution?.bind(exchange);
      return {
        mode: exchange.mode,
        get entriesRefused() {
          return exchange.entriesRefused;
        },
        ...(settle ? { settleResolution: settle } : {}),
        prepare: (request, keyHint) => exchange.prepare(request, keyHint),
        send: (order) => {
          note(order.request.tokenId);
          return exchange.send(order);
        },
        findOrder: (clientKey) => exchange.findOrder(clientKey),
        balance: () => exchange.balance(),
      };
    },
    sentSince: (tokenId, since) => sends.get(tokenId)?.find((t) => t >= since) ?? null,
  };
}
