import type { RelayerMessage } from '../../messaging/relayer-protocol';
import type { HandlersFor } from '../../messaging/router';
import type { RelayerKeyVault } from '../ports/wallet-vault';

/** The options page's Relayer key requests: store (sealed in the vault), status, remove. */
export function createRelayerKeyHandlers(keys: RelayerKeyVault): HandlersFor<RelayerMessage> {
  return {
    'relayer.setKey': async ({ apiKey, address }) => {
      await keys.setRelayerKey(apiKey, address);
      return keys.relayerKeyStatus();
    },
    'relayer.keyStatus': () => keys.relayerKeyStatus(),
    'relayer.removeKey': async () => {
      await keys.removeRelayerKey();
      return keys.relayerKeyStatus();
    },
  };
}
