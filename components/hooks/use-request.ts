import { useCallback, useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { MessageType, RequestOf, ResponseOf } from '../../lib/messaging/protocol';
import { errorText } from '../ui/ui-text';

/**
 * Send a request to the background with busy and error state, so a control shows progress and
 * cannot be pressed twice while its request is in flight.
 */
export function useRequest<T extends MessageType>(type: T) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = useCallback(
    async (payload: RequestOf<T>): Promise<ResponseOf<T> | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await request(type, payload);
      } catch (e) {
        setError(errorText(e));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [type],
  );
  return { send, busy, error };
}
