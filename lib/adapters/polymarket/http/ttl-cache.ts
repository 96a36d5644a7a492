import type { Clock } from './clock';

/** A small time-to-live cache for non-critical GETs (opt-in per call), bounded in entries. */
export class TtlCache {
  private readonly entries = new Map<string, { expiresAt: number; value: unknown }>();

  constructor(
    private readonly clock: Clock,
    private readonly maxEntries = 500,
  ) {}

  get(key: string): { value: unknown } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.clock.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return { value: entry.value };
  }

  set(key: string, value: unknown, ttlMs: number): void {
    if (this.entries.size >= this.maxEntries) {
      const first = this.entries.keys().next();
      if (!first.done) this.entries.delete(first.value);
    }
    this.entries.set(key, { expiresAt: this.clock.now() + ttlMs, value });
  }

  clear(): void {
    this.entries.clear();
  }
}
