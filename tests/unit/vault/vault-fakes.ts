import type {
  AutoLockScheduler,
  Clock,
  SessionStore,
  VaultStore,
} from '../../../lib/adapters/vault/vault-ports';
import {
  NO_ATTEMPTS,
  type UnlockAttempts,
  type UnlockedSession,
  type VaultRecord,
} from '../../../lib/adapters/vault/vault-records';

/** In-memory stores that copy through JSON, as browser storage does. */
export class MemoryVaultStore implements VaultStore {
  record: VaultRecord | undefined;
  attempts: UnlockAttempts = NO_ATTEMPTS;
  async load() {
    return copy(this.record);
  }
  async save(record: VaultRecord) {
    this.record = copy(record);
  }
  async loadAttempts() {
    return copy(this.attempts) ?? NO_ATTEMPTS;
  }
  async saveAttempts(attempts: UnlockAttempts) {
    this.attempts = copy(attempts) ?? NO_ATTEMPTS;
  }
  async clear() {
    this.record = undefined;
    this.attempts = NO_ATTEMPTS;
  }
}

export class MemorySessionStore implements SessionStore {
  value: UnlockedSession | undefined;
  async load() {
    return copy(this.value);
  }
  async save(session: UnlockedSession) {
    this.value = copy(session);
  }
  async clear() {
    this.value = undefined;
  }
}

export class FakeClock implements Clock {
  constructor(public time = Date.UTC(2026, 0, 1)) {}
  now() {
    return this.time;
  }
  advance(ms: number) {
    this.time += ms;
  }
}

export class FakeScheduler implements AutoLockScheduler {
  deadline: number | undefined;
  async schedule(deadline: number) {
    this.deadline = deadline;
  }
  async cancel() {
    this.deadline = undefined;
  }
}

function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
