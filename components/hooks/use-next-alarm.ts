import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** When an alarm fires next (epoch ms), or undefined when it is not scheduled. */
export function useNextAlarm(name: string): number | undefined {
  const [at, setAt] = useState<number>();
  useEffect(() => {
    let cancelled = false;
    const read = () =>
      browser.alarms.get(name).then((alarm) => {
        if (!cancelled) setAt(alarm?.scheduledTime);
      });
    void read();
    const id = setInterval(read, 10_000);
    return () => {
      cancelled = true;
      clearInterval(id);
    };
  }, [name]);
  return at;
}
