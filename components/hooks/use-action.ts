import { useCallback, useRef, useState } from 'react';
import { errorText } from '../ui/ui-text';

/**
 * Run one user action at a time: busy while in flight (a second press is ignored), the error in
 * words if it fails, `done` once it succeeded. Resolves true on success.
 */
export function useAction<T>(action: () => Promise<T>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<T | null>(null);
  const inFlight = useRef(false);
  const run = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      setResult(await action());
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, [action]);
  return { run, busy, error, done: result !== null, result, reset: () => setResult(null) };
}
