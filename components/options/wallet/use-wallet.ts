import { useCallback, useEffect, useState } from 'react';
import { request } from '../../../lib/messaging/client';
import type { WalletStatus } from '../../../lib/messaging/wallet-protocol';
import { errorText } from '../../ui/ui-text';

/** The vault's non-secret status, refreshed after every wallet action and every 30 s. */
export function useWallet() {
  const [status, setStatus] = useState<WalletStatus>();
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      setStatus(await request('wallet.status', {}));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  useEffect(() => {
    void refresh();
    const id = setInterval(() => void refresh(), 30_000);
    return () => clearInterval(id);
  }, [refresh]);
  return { status, setStatus, error, refresh };
}
