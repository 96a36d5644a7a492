import type { KalshiMessage } from '../../messaging/kalshi-protocol';
import type { HandlersFor } from '../../messaging/router';
import type { KalshiKeyVault } from '../ports/wallet-vault';

/** The options page's Kalshi key requests: store (sealed in the vault), status, remove. */
export function createKalshiKeyHandlers(keys: KalshiKeyVault): HandlersFor<KalshiMessage> {
  return {
    'kalshi.setKey': async ({ keyId, privateKeyPem }) => {
      await keys.setKalshiKey(keyId, privateKeyPem);
      return keys.kalshiKeyStatus();
    },
    'kalshi.keyStatus': () => keys.kalshiKeyStatus(),
    'kalshi.removeKey': async () => {
      await keys.removeKalshiKey();
      return keys.kalshiKeyStatus();
    },
  };
}
