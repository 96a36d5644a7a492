import type { PolymarketEndpoints } from '../../lib/adapters/polymarket/http/polymarket-endpoints';
import type { MarketWsStatus } from '../../lib/adapters/polymarket/market-ws';
import type { PolymarketClients } from '../../lib/adapters/polymarket/polymarket-clients';
import type { Store } from '../../lib/adapters/storage/store';
import type { Vault } from '../../lib/adapters/vault/vault';
import type { KalshiCheckKeys } from '../../lib/adapters/venues/kalshi/kalshi-checks';
import type { ChainIntentJournal } from '../../lib/app/ctf/chain-intent-journal';
import type { OpenMarketStream } from '../../lib/app/monitor/realtime/market-stream';
import type { NewsSources } from '../../lib/app/news/news-sources';
import type { CtfOperations, CtfProvider } from '../../lib/app/ports/ctf-port';
import type { Exchange } from '../../lib/app/ports/exchange-port';
import type { SnapshotLimits } from '../../lib/app/research/record-snapshots';
import type { TradingHooks } from '../../lib/app/trading/trading-deps';
import type { DoctorSources } from '../../lib/app/wallet-doctor/doctor-ports';
import type { AlarmScheduler, Clock, IdSource, PassLock } from '../../lib/ports';
import type { Settings } from '../../lib/settings/schema';
import type { createObservability } from './observability';

/**
 * Everything the background needs from where it runs. In the extension: IndexedDB, the browser's
 * alarms, storage and notifications, the vault on browser storage, fetch and WebSocket (container.ts).
 * In tests and benches: fake-indexeddb, the fake Polymarket's URLs, a test clock, memory stores.
 * Every business object is built from these by composeBackground, the same way everywhere.
 */
export interface BackgroundPlatform {
  store: Store;
  clock: Clock;
  ids: IdSource;
  /** Logs, notifications and the badge (observability.ts in the extension). */
  observability: Pick<
    ReturnType<typeof createObservability>,
    'logger' | 'notifier' | 'telegramToken' | 'followUp'
  >;
  /** The Polymarket clients for the endpoints the settings name (HTTP, rate budget, retries). */
  clients: (endpoints: PolymarketEndpoints) => PolymarketClients;
  news: NewsSources;
  /** Opens the market websocket the real-time monitor listens to. */
  openStream: OpenMarketStream;
  /** Kalshi's signed market websocket (needs the Kalshi key); absent: Kalshi is watched by REST passes. */
  kalshiStream?: OpenMarketStream;
  /** Every socket status; default: recorded in the store's metric events. */
  onSocketStatus?: (status: MarketWsStatus) => void;
  /** The wallet's keys (browser storage in the extension). */
  vault: Vault;
  /** Live orders: the exchange that signs, and who would sign (checked against the doctor's approval). */
  live: {
    exchange?: (settings: Settings) => Promise<Exchange>;
    /** Live orders on Kalshi, signed with the Kalshi key sealed in the vault. */
    kalshiExchange?: (settings: Settings) => Promise<Exchange>;
    /** The Kalshi key sealed in the vault (the diagnostics' signed read); absent: reported missing. */
    kalshiKeys?: KalshiCheckKeys;
    signer?: () => Promise<string>;
    /** Live split / merge / redeem (adapters/chain/live-ctf-factory), journalled in `journal`. */
    ctf?: (settings: Settings, journal: ChainIntentJournal) => Promise<CtfOperations>;
  };
  doctorSources: DoctorSources;
  /** Split, merge and redeem per mode, replacing paper + live (tests); absent: the real ones. */
  ctf?: CtfProvider;
  alarms: AlarmScheduler;
  lock: PassLock;
  /** The extension itself: its version, id and origin (the router's trust), its pages, its storage. */
  extension: {
    version: string;
    id: string;
    origin: string;
    openPage(path: string): Promise<void>;
    /** Keeps content scripts away from the storage areas; its outcome for storage.local. */
    restrictStorage(): Promise<{ local: string }>;
  };
  /** Test seams and cadences; the extension leaves them to their defaults. */
  tuning?: {
    tradingHooks?: TradingHooks;
    snapshotLimits?: SnapshotLimits;
    realtime?: { syncEveryMs?: number; checkRetryMs?: number };
  };
}
