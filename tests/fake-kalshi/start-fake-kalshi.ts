import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Router } from '../fake-polymarket/server/router.ts';
import { KalshiKeyRegistry } from './auth/kalshi-key-registry.ts';
import { addKalshiMarketRoutes } from './routes/kalshi-market-routes.ts';
import { addKalshiPortfolioRoutes } from './routes/kalshi-portfolio-routes.ts';
import { type MirrorBet, mirrorMarkets } from './scenarios/mirror-markets.ts';
import { seedKalshiMarkets } from './scenarios/seed-kalshi-markets.ts';
import {
  handleKalshiRequest,
  KALSHI_REST_PREFIX,
  type KalshiLoggedRequest,
} from './server/handle-kalshi-request.ts';
import { KalshiFaults } from './server/kalshi-faults.ts';
import { FakeKalshiState } from './state/fake-kalshi-state.ts';
import { KALSHI_WS_PATH, KalshiSocketServer } from './ws/kalshi-socket-server.ts';

export type { MirrorBet };

export interface FakeKalshiOptions {
  /** 0 (default) = ephemeral */
  port?: number;
  markets?: number;
  seed?: number;
  /** scenario clock (trade and order times); default 2026-06-01T00:00:00Z */
  startTimeMs?: number;
  /** dollars given to every API key on first use */
  initialBalanceUsd?: number;
  latencyMs?: number;
  /** Refuse signatures whose timestamp is further than this from the wall clock (default 30 s). */
  authToleranceMs?: number;
  /** The order book endpoints demand signed headers (docs vs OpenAPI disagree; default off). */
  orderbookRequiresAuth?: boolean;
  /** Answer OPTIONS preflights with CORS headers (Kalshi's answer is not documented; default off). */
  cors?: boolean;
  /** Ping frames with body `heartbeat` (Kalshi: every 10 s). */
  pingIntervalMs?: number;
  /**
   * Bets another venue lists (a fake Polymarket market's question and end date), listed here too in
   * Kalshi's words, one market each: the cross-venue comparison's scenario (scenarios/mirror-markets.ts).
   */
  mirror?: readonly MirrorBet[];
}

export interface FakeKalshi {
  /** REST base, `http://127.0.0.1:<port>/trade-api/v2` (what the clients take as baseUrl). */
  restUrl: string;
  /** WebSocket URL, `ws://127.0.0.1:<port>/trade-api/ws/v2`. */
  wsUrl: string;
  port: number;
  state: FakeKalshiState;
  faults: KalshiFaults;
  /** The tickers of the `mirror` bets, in their order. */
  mirrored: string[];
  requestLog: KalshiLoggedRequest[];
  keys: KalshiKeyRegistry;
  dropSockets(): void;
  close(): Promise<void>;
}

export async function startFakeKalshi(options: FakeKalshiOptions = {}): Promise<FakeKalshi> {
  const state = new FakeKalshiState(
    options.startTimeMs ?? Date.UTC(2026, 5, 1),
    (options.initialBalanceUsd ?? 1000) * 1_000_000,
  );
  seedKalshiMarkets(state, { markets: options.markets ?? 30, seed: options.seed ?? 7 });
  const mirrored = mirrorMarkets(state, options.mirror ?? []);
  const keys = new KalshiKeyRegistry();
  if (options.authToleranceMs !== undefined) keys.toleranceMs = options.authToleranceMs;
  const router = new Router();
  addKalshiMarketRoutes(router, state, keys, {
    orderbookRequiresAuth: options.orderbookRequiresAuth ?? false,
  });
  addKalshiPortfolioRoutes(router, state, keys);
  const faults = new KalshiFaults();
  faults.latencyMs = options.latencyMs ?? 0;
  const requestLog: KalshiLoggedRequest[] = [];
  const sockets = new KalshiSocketServer(state, keys, options.pingIntervalMs ?? 10_000);
  const ctx = { router, faults, log: requestLog, cors: options.cors ?? false };
  const server = createServer((req, res) => {
    handleKalshiRequest(ctx, req, res).catch((error: unknown) => {
      console.error('fake-kalshi request failed', error);
      res.destroy();
    });
  });
  server.on('upgrade', (req, socket, head) => sockets.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    restUrl: `http://127.0.0.1:${port}${KALSHI_REST_PREFIX}`,
    wsUrl: `ws://127.0.0.1:${port}${KALSHI_WS_PATH}`,
    port,
    state,
    faults,
    mirrored,
    requestLog,
    keys,
    dropSockets: () => sockets.dropAll(),
    close: async () => {
      await sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
