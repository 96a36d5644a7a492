import { z } from 'zod';
import { NotificationDispatcher } from '../../app/notify/notifier';
import { notificationWordsFor } from '../../core/notify/words-for-language';
import type { Logger } from '../../log/logger';
import type { Store } from '../storage/store';
import { BrowserSecretBlobStore } from '../vault/browser-secret-blobs';
import { DeviceSealedSecrets, IndexedDbDeviceKeyStore } from '../vault/device-key';
import { EncryptedSecrets, vaultSessionKeySource } from '../vault/encrypted-secrets';
import type { Clock, SessionStore } from '../vault/vault-ports';
import { BrowserNotifier } from './browser-notifier';
import { TelegramClient } from './telegram-client';
import { TelegramNotifier } from './telegram-notifier';
import { TelegramTokenStore } from './telegram-token';
import { browserUiLanguage } from './ui-language';
import { WebhookNotifier } from './webhook-notifier';

export const THROTTLE_STATE_KEY = 'notify.throttle';

export interface NotificationsDeps {
  store: Store;
  /** The vault's session store (a `new BrowserSessionStore()` reads the same session). */
  session: SessionStore;
  clock: Clock;
  logger: Logger;
  /** Bot API base; a local stub in tests. */
  telegramBaseUrl?: string;
  /** The language messages are worded in; the browser's UI language by default. */
  uiLanguage?: () => string;
}

/** Minutes after local midnight in the browser's time zone. */
export function localMinuteOfDay(now: number): number {
  const date = new Date(now);
  return date.getHours() * 60 + date.getMinutes();
}

/**
 * Everything notifications need, composed once in the background container: the Notifier
 * (browser, Telegram, webhook), and the encrypted Telegram token store for the options page.
 */
export function createNotifications(deps: NotificationsDeps) {
  const secrets = new EncryptedSecrets({
    keys: vaultSessionKeySource(deps.session, deps.clock),
    blobs: new BrowserSecretBlobStore(),
    registry: deps.logger,
  });
  // Sealed with the non-extractable device key: works with no wallet and while the vault is locked.
  const device = new DeviceSealedSecrets(
    new IndexedDbDeviceKeyStore(),
    new BrowserSecretBlobStore(),
    deps.logger,
  );
  const telegramToken = new TelegramTokenStore(secrets, device);
  const client = new TelegramClient(deps.telegramBaseUrl ? { baseUrl: deps.telegramBaseUrl } : {});
  const language = deps.uiLanguage ?? browserUiLanguage;
  const words = () => notificationWordsFor(language());
  const notifier = new NotificationDispatcher({
    channels: {
      browser: new BrowserNotifier(undefined, words),
      telegram: new TelegramNotifier(client, () => telegramToken.get(), words),
      webhook: new WebhookNotifier({ words }),
    },
    preferences: async () => (await deps.store.settings.get()).notifications,
    clock: deps.clock,
    localMinuteOfDay,
    log: deps.logger.child('notify'),
    throttleStore: {
      load: () => deps.store.runtime.get(THROTTLE_STATE_KEY, z.unknown()),
      save: (state) => deps.store.runtime.set(THROTTLE_STATE_KEY, state),
    },
  });
  return { notifier, telegramToken };
}
