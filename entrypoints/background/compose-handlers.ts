import { createRelayerKeyStore } from '../../lib/adapters/chain/relayer-key-store';
import { findMarkets } from '../../lib/adapters/polymarket/find-markets';
import { bucketsFor } from '../../lib/adapters/polymarket/http/endpoint-limits';
import type { PolymarketApi } from '../../lib/adapters/polymarket/http/polymarket-endpoints';
import type { PolymarketClients } from '../../lib/adapters/polymarket/polymarket-clients';
import { healthMetricSources } from '../../lib/adapters/storage/repositories/health-metric-sources';
import { BrowserSessionStore } from '../../lib/adapters/vault/browser-stores';
import { createKalshiKeyStore } from '../../lib/adapters/vault/kalshi-key-store';
import { createCrossVenueHandlers } from '../../lib/app/cross-venue/cross-venue-handlers';
import type { CrossVenueService } from '../../lib/app/cross-venue/cross-venue-service';
import { createDiagnosticsHandlers } from '../../lib/app/diagnostics/diagnostics-handlers';
import type { LiveModeDrop } from '../../lib/app/live-mode/live-mode-drop';
import { createMessageHandlers } from '../../lib/app/messages/message-handlers';
import type { RealtimeMonitor } from '../../lib/app/monitor/realtime-monitor';
import { createNotifyHandlers } from '../../lib/app/notify/notify-handlers';
import { createOverlayHandlers } from '../../lib/app/overlay/overlay-handlers';
import { handlersFollowedBy } from '../../lib/app/passes/followed-by';
import type { PassScheduler } from '../../lib/app/passes/pass-scheduler';
import type { MarketData } from '../../lib/app/ports/exchange-port';
import { createResearchHandlers } from '../../lib/app/research/research-handlers';
import type { TradingServices } from '../../lib/app/trading/trading-services';
import { createKalshiKeyHandlers } from '../../lib/app/wallet/kalshi-key-handlers';
import { createRelayerKeyHandlers } from '../../lib/app/wallet/relayer-key-handlers';
import { createWalletHandlers, ordersTouchVault } from '../../lib/app/wallet/wallet-handlers';
import { createDoctorHandlers } from '../../lib/app/wallet-doctor/wallet-doctor-handlers';
import { createWhaleHandlers } from '../../lib/app/whales/whale-handlers';
import type { HandlerMap } from '../../lib/messaging/router';
import type { Settings } from '../../lib/settings/schema';
import type { BackgroundPlatform } from './compose-background';

export interface HandlerParts {
  platform: BackgroundPlatform;
  settings: () => Promise<Settings>;
  /** The clients for the endpoints in the settings now (read on every call). */
  clients: () => Promise<PolymarketClients>;
  marketData: MarketData;
  liveDrop: LiveModeDrop;
  trading: TradingServices;
  realtime: RealtimeMonitor;
  scheduler: PassScheduler;
  crossVenue: CrossVenueService;
  /** Notifications, badge and socket after a trading action. */
  afterActivity: () => Promise<void>;
}

/**
 * The answer to every message of the protocol. Complete by type: a message without a handler here
 * does not compile (HandlerMap has every message name as a required key).
 */
export function composeHandlers(parts: HandlerParts): HandlerMap {
  const { platform, settings, liveDrop, trading, realtime } = parts;
  const { store, clock, vault, observability } = platform;
  return {
    ...createMessageHandlers({
      store,
      scheduler: parts.scheduler,
      clock,
      version: platform.extension.version,
      afterSettingsChange: async (before, after) => {
        if (before.wallet.autoLockMinutes !== after.wallet.autoLockMinutes) await vault.rearm();
        await liveDrop.afterSettingsChange(before, after);
      },
    }),
    ...liveDrop.wrapWalletHandlers(createWalletHandlers(vault)),
    ...createDiagnosticsHandlers({ settings, clients: platform.clients, clock }),
    ...liveDrop.wrapSetLive(
      createDoctorHandlers({ sources: platform.doctorSources, store, settings, clock }),
    ),
    ...createNotifyHandlers({
      store,
      notifier: observability.notifier,
      telegramToken: observability.telegramToken,
      clock,
      healthSources: healthMetricSources(store),
      bucketsFor: (api, endpoint) => bucketsFor(api as PolymarketApi, endpoint),
    }),
    ...createWhaleHandlers(store),
    ...createKalshiKeyHandlers(
      createKalshiKeyStore({ session: new BrowserSessionStore(), clock, registry: observability.logger }),
    ),
    ...createRelayerKeyHandlers(
      createRelayerKeyStore({ session: new BrowserSessionStore(), clock, registry: observability.logger }),
    ),
    ...createOverlayHandlers({ store, openPage: platform.extension.openPage }),
    ...handlersFollowedBy(parts.afterActivity, ordersTouchVault(vault, trading.handlers)),
    ...handlersFollowedBy(parts.afterActivity, trading.redeemHandlers),
    ...createResearchHandlers({
      sources: {
        store,
        markets: (ids) => parts.marketData.markets(ids),
        pricesHistory: async (query) => (await parts.clients()).clob.getPricesHistory(query),
      },
      findMarkets: async (ref) => findMarkets((await parts.clients()).gamma, ref),
      clock,
    }),
    ...createCrossVenueHandlers(parts.crossVenue),
    'realtime.status': async () => ({ ...realtime.status(), recent: realtime.reactions().slice(-20) }),
  };
}
