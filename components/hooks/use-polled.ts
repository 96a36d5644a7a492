import { useCallback, useEffect, useRef, useState } from 'react';
import { errorText } from '../ui/ui-text';

export interface Polled<T> {
  data: T | undefined;
  error: string | null;
  /** Loading for the first time, or on an explicit refresh. */
  busy: boolean;
  refresh: () => void;
}

/**
 * Load from the background now and again every `intervalMs` while the component is mounted (null:
 * only on mount and on refresh). `load` should be stable (module-level or memoised).
 */
export function usePolled<T>(load: () => Promise<T>, intervalMs: number | null): Polled<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);
  const mounted = useRef(true);

  const run = useCallback(async () => {
    try {
      const value = await load();
      if (!mounted.current) return;
      setData(value);
      setError(null);
    } catch (e) {
      if (mounted.current) setError(errorText(e));
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, [load]);

  useEffect(() => {
    mounted.current = true;
    void run();
    const id = intervalMs === null ? undefined : setInterval(() => void run(), intervalMs);
    return () => {
      mounted.current = false;
      if (id !== undefined) clearInterval(id);
    };
  }, [run, intervalMs]);

  const refresh = useCallback(() => {
    setBusy(true);
    void run();
  }, [run]);
  return { data, error, busy, refresh };
}
