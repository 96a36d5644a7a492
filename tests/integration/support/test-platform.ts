import WebSocket from 'ws';
import {
  type BackgroundPlatform,
  composeBackground,
} from '../../../entrypoints/background/compose-background';
import { createNotifications } from '../../../lib/adapters/notify/create-notifications';
import { MarketWs } from '../../../lib/adapters/polymarket/market-ws';
import type { PolymarketClients } from '../../../lib/adapters/polymarket/polymarket-clients';
import { createPassLock } from '../../../lib/adapters/scheduler/pass-lock';
import { createDoctorSources } from '../../../lib/adapters/wallet-doctor/doctor-sources';
import { Logger } from '../../../lib/log/logger';
import type { AlarmScheduler } from '../../../lib/ports';
import { MemorySessionStore } from '../../unit/vault/vault-fakes';
import { makeVault } from '../../unit/vault/vault-harness';

/** What a test or a bench chooses of the platform; the rest are Node stand-ins for the browser's. */
export interface TestPlatformOptions
  extends Pick<BackgroundPlatform, 'store' | 'clock' | 'ids'>,
    Partial<Pick<BackgroundPlatform, 'openStream' | 'kalshiStream' | 'onSocketStatus' | 'news' | 'tuning'>> {
  /** The clients every read goes through (the fake's endpoints; usually one attempt). */
  clients: PolymarketClients;
  logger?: Logger;
  /** The live exchange (e.g. liveSetup's, over a memory vault); absent: live refused. */
  live?: BackgroundPlatform['live']['exchange'];
  /** The live CTF operations (e.g. LiveCtfOperations over the fake Polygon), journalled in the store. */
  liveCtf?: BackgroundPlatform['live']['ctf'];
  /** The Kalshi key the diagnostics sign with (e.g. a memory key); absent: reported missing. */
  kalshiKeys?: BackgroundPlatform['live']['kalshiKeys'];
  /** The CTF operations (an in-test double until the real ones are wired). */
  ctf?: BackgroundPlatform['ctf'];
}

/** Alarms kept in memory (the browser's chrome.alarms in the extension). */
function memoryAlarms(): AlarmScheduler & { periods: Map<string, number> } {
  const periods = new Map<string, number>();
  return {
    periods,
    ensure: async (name, periodMinutes) => {
      periods.set(name, periodMinutes);
    },
    clear: async (name) => {
      periods.delete(name);
    },
  };
}

/**
 * The background's platform in Node: the given store, clock, ids and clients, a quiet logger,
 * notifications with a memory session, a memory vault, the `ws` websocket, memory alarms.
 */
export function testPlatform(options: TestPlatformOptions): BackgroundPlatform {
  const { store, clock } = options;
  const logger = options.logger ?? new Logger({ console: false, clock });
  const { notifier, telegramToken } = createNotifications({
    store,
    session: new MemorySessionStore(),
    clock,
    logger,
  });
  const { vault } = makeVault();
  return {
    store,
    clock,
    ids: options.ids,
    observability: { logger, notifier, telegramToken, followUp: async () => {} },
    clients: () => options.clients,
    news: options.news ?? {},
    openStream:
      options.openStream ??
      ((handlers, s) => new MarketWs({ url: s.endpoints.clobWsUrl, WebSocket, handlers })),
    ...(options.kalshiStream ? { kalshiStream: options.kalshiStream } : {}),
    ...(options.onSocketStatus ? { onSocketStatus: options.onSocketStatus } : {}),
    vault,
    live: {
      ...(options.live ? { exchange: options.live } : {}),
      ...(options.liveCtf ? { ctf: options.liveCtf } : {}),
      ...(options.kalshiKeys ? { kalshiKeys: options.kalshiKeys } : {}),
    },
    ...(options.ctf ? { ctf: options.ctf } : {}),
    doctorSources: createDoctorSources({ vault }),
    alarms: memoryAlarms(),
    lock: createPassLock(undefined),
    extension: {
      version: 'test',
      id: 'test-extension-id',
      origin: 'chrome-extension://test-extension-id/',
      openPage: async () => {},
      restrictStorage: async () => ({ local: 'restricted' }),
    },
    ...(options.tuning ? { tuning: options.tuning } : {}),
  };
}

/** The background composed as the extension composes it, over the test platform. */
export function testBackground(options: TestPlatformOptions) {
  return composeBackground(testPlatform(options));
}
