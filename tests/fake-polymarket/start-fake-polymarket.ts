import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiKeyStore } from './auth/api-key-store.ts';
import { addClobAccountRoutes } from './routes/clob-account-routes.ts';
import { addClobAuthRoutes } from './routes/clob-auth-routes.ts';
import { addClobBookRoutes } from './routes/clob-book-routes.ts';
import { addClobMarketRoutes } from './routes/clob-market-routes.ts';
import { addClobOrderRoutes } from './routes/clob-order-routes.ts';
import { addDataApiRoutes } from './routes/data-api-routes.ts';
import { addGammaRoutes } from './routes/gamma-routes.ts';
import { addGeoblockRoute } from './routes/geoblock-route.ts';
import { generateMarkets } from './scenarios/generate-markets.ts';
import { quoteHouseLadder } from './scenarios/house-liquidity.ts';
import type { PathKind } from './scenarios/price-path.ts';
import { markProtocolV2 } from './scenarios/protocol-v2-markets.ts';
import { ScenarioDriver } from './scenarios/scenario-driver.ts';
import { SeededRandom } from './scenarios/seeded-random.ts';
import { createWhales, seedWhaleHistory } from './scenarios/whales.ts';
import { FaultInjector } from './server/fault-injector.ts';
import { handleRequest } from './server/handle-request.ts';
import { RequestLog } from './server/request-log.ts';
import { Router } from './server/router.ts';
import { FakePolymarketState } from './state/fake-polymarket-state.ts';
import { MarketSocketServer } from './ws/market-socket-server.ts';

export interface FakePolymarketOptions {
  /** 0 (default) = ephemeral */
  port?: number;
  markets?: number;
  seed?: number;
  /** scenario clock start; default 2026-06-01T00:00:00Z for determinism */
  startTimeMs?: number;
  /** pUSD given to every new account */
  initialCollateralUsdc?: number;
  latencyMs?: number;
  /** markets given scripted paths (cycling calm/trending/whipsaw/resolution) */
  scriptedMarkets?: number;
  /**
   * Refuse L2 requests whose timestamp is further than this from the fake's clock (GET /time), as
   * the real CLOB does; off when absent (the fake's clock is scenario time, far from the computer's).
   */
  authClockToleranceSec?: number;
  /** open markets listed as newer-protocol ("v2") markets, which the product must skip (default 0) */
  protocolV2Markets?: number;
}

export interface FakePolymarket {
  gammaUrl: string;
  clobUrl: string;
  dataUrl: string;
  /** websocket base; the market channel is `${wsUrl}/ws/market` */
  wsUrl: string;
  wsMarketUrl: string;
  /** polymarket.com/api/geoblock of the fake: answers `state.geoblock`. */
  geoblockUrl: string;
  port: number;
  state: FakePolymarketState;
  scenario: ScenarioDriver;
  faults: FaultInjector;
  requestLog: RequestLog;
  apiKeys: ApiKeyStore;
  dropSockets(): void;
  close(): Promise<void>;
}

const PATHS: PathKind[] = ['calm', 'trending', 'whipsaw', 'resolution'];

export async function startFakePolymarket(options: FakePolymarketOptions = {}): Promise<FakePolymarket> {
  const seed = options.seed ?? 42;
  const state = new FakePolymarketState(
    options.startTimeMs ?? Date.UTC(2026, 5, 1),
    options.initialCollateralUsdc ?? 1000,
  );
  state.load(generateMarkets({ seed, markets: options.markets ?? 200, nowMs: state.nowMs }));
  markProtocolV2(state, options.protocolV2Markets ?? 0);
  const rng = new SeededRandom(seed ^ 0x5eed);
  for (const market of state.markets) {
    if (market.closed) continue;
    const depth = Math.max(20, market.liquidity / 40);
    quoteHouseLadder(state.book(market), market, { mid: market.lastTradePrice, levels: 10, depth }, rng);
  }
  const whales = createWhales(state, rng);
  seedWhaleHistory(state, whales, rng, 20);
  const scenario = new ScenarioDriver(state, rng, whales);
  const open = state.markets.filter((m) => !m.closed);
  for (const [i, market] of open.slice(0, options.scriptedMarkets ?? 8).entries()) {
    scenario.script(market, PATHS[i % PATHS.length] ?? 'calm');
  }

  const apiKeys = new ApiKeyStore();
  if (options.authClockToleranceSec !== undefined) {
    apiKeys.clockCheck = { nowSec: () => state.nowSec, toleranceSec: options.authClockToleranceSec };
  }
  const routers = { gamma: new Router(), clob: new Router(), data: new Router(), web: new Router() };
  addGammaRoutes(routers.gamma, state);
  addClobAuthRoutes(routers.clob, apiKeys);
  addClobOrderRoutes(routers.clob, state, apiKeys);
  addClobAccountRoutes(routers.clob, state, apiKeys);
  addClobBookRoutes(routers.clob, state);
  addClobMarketRoutes(routers.clob, state);
  addDataApiRoutes(routers.data, state);
  addGeoblockRoute(routers.web, state);
  const faults = new FaultInjector();
  faults.setLatency(options.latencyMs ?? 0);
  const requestLog = new RequestLog();
  const sockets = new MarketSocketServer(state);
  const server = createServer((req, res) => {
    handleRequest({ routers, faults, log: requestLog }, req, res).catch((error: unknown) => {
      console.error('fake-polymarket request failed', error);
      res.destroy();
    });
  });
  server.on('upgrade', (req, socket, head) => sockets.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  return {
    gammaUrl: `${base}/gamma`,
    clobUrl: `${base}/clob`,
    dataUrl: `${base}/data`,
    wsUrl: `ws://127.0.0.1:${port}`,
    wsMarketUrl: `ws://127.0.0.1:${port}/ws/market`,
    geoblockUrl: `${base}/web/api/geoblock`,
    port,
    state,
    scenario,
    faults,
    requestLog,
    apiKeys,
    dropSockets: () => sockets.dropAll(),
    close: async () => {
      state.delayed.close();
      await sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
