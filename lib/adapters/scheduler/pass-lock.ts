import type { PassLock } from '../../ports';

interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable: boolean },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

/**
 * navigator.locks where it exists (the service worker and extension pages share it, and a lock held
 * by a killed worker is released), an in-memory set otherwise (Node tests).
 */
export function createPassLock(locks: LockManagerLike | undefined = defaultLocks()): PassLock {
  if (locks) {
    return {
      async runExclusive(name, fn) {
        const missed = Symbol('missed');
        const result = await locks.request(`equilibrage:${name}`, { ifAvailable: true }, async (lock) =>
          lock === null ? missed : { value: await fn() },
        );
        return result === missed
          ? { acquired: false }
          : { acquired: true, value: (result as { value: never }).value };
      },
    };
  }
  const held = new Set<string>();
  return {
    async runExclusive(name, fn) {
      if (held.has(name)) return { acquired: false };
      held.add(name);
      try {
        return { acquired: true, value: await fn() };
      } finally {
        held.delete(name);
      }
    },
  };
}

function defaultLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks;
}
