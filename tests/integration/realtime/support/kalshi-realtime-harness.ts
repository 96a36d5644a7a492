import WebSocket from 'ws';
import { kalshiSignerSource } from '../../../../lib/adapters/kalshi/kalshi-signer-source';
import type { KalshiCredentials } from '../../../../lib/adapters/kalshi/request-signer';
import { createPolymarketClients } from '../../../../lib/adapters/polymarket/polymarket-clients';
import type { WebSocketLike } from '../../../../lib/adapters/polymarket/web-socket-like';
import { EquilibrageDatabase } from '../../../../lib/adapters/storage/database';
import { createStore } from '../../../../lib/adapters/storage/store';
import { kalshiVenueStream } from '../../../../lib/adapters/venues/kalshi/kalshi-venue-stream';
import { Logger } from '../../../../lib/log/logger';
import type { FakeKalshi } from '../../../fake-kalshi/start-fake-kalshi.ts';
import { testBackground } from '../../support/test-platform';

let dbCounter = 0;
/**
 * The background composed as the extension composes it, with Kalshi turned on against the fake
 * Kalshi (REST and websocket of the demo environment) and Kalshi's socket opened by Node's `ws`
 * with the signed headers (the browser's way is the offscreen document). `credentials` is the
 * vault's answer: the key, or a thrown "no key" / "locked".
 */
export async function makeKalshiRealtimeHarness(
  fake: FakeKalshi,
  credentials: () => Promise<KalshiCredentials>,
) {
  dbCounter += 1;
  const clock = { now: () => fake.state.nowMs };
  const store = createStore(new EquilibrageDatabase(`kalshi-rt-${process.pid}-${dbCounter}`), clock.now);
  const current = await store.settings.get();
  const updated = await store.settings.update({
    kalshi: { ...current.kalshi, enabled: true, demoRestUrl: fake.restUrl, demoWsUrl: fake.wsUrl },
  });
  if (!updated.ok) throw new Error(JSON.stringify(updated.issues));
  const nowhere = 'http://127.0.0.1:9';
  const clients = createPolymarketClients({
    endpoints: { gammaUrl: nowhere, clobUrl: nowhere, dataUrl: nowhere },
    maxAttempts: 1,
  });
  let n = 0;
  const background = testBackground({
    store,
    clock,
    ids: { next: () => `krt-${dbCounter}-${++n}` },
    clients,
    logger: new Logger({ console: false, clock }),
    kalshiStream: kalshiVenueStream({
      signer: kalshiSignerSource({ credentials }),
      openSocket: (url, headers) => new WebSocket(url, { headers }) as unknown as WebSocketLike,
      reconnectBaseDelayMs: 40,
      reconnectMaxDelayMs: 200,
      keepaliveMs: 200,
    }),
    tuning: { realtime: { syncEveryMs: 60_000, checkRetryMs: 50 } },
  });
  let passes = 0;
  const pass = {
    passId: 'alarm',
    signal: new AbortController().signal,
    addRequests: () => {},
    degrade: () => {},
  };
  return {
    store,
    services: background.trading,
    realtime: background.realtime,
    kalshi: () => background.realtime.status().venues.find((v) => v.venue === 'kalshi'),
    alarmPass: () => {
      passes += 1;
      return background.trading.monitorPass(pass);
    },
    alarmPasses: () => passes,
  };
}
