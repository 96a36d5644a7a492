import { deriveBoxKey } from '../../lib/adapters/vault/crypto-box';
import { Vault } from '../../lib/adapters/vault/vault';
import { Logger } from '../../lib/log/logger';
import { FakeClock, FakeScheduler, MemorySessionStore, MemoryVaultStore } from '../unit/vault/vault-fakes';
import { HARDHAT_KEY, PASSPHRASE } from '../unit/vault/vault-harness';
import { atMost, type BenchRow, row } from './support/bench-row';
import { percentile } from './support/stats';

const ITERATIONS = 600_000;
const RUNS = 5;

/** Vault unlock at 600,000 PBKDF2-SHA256 iterations, Node WebCrypto (the same calls as the worker). */
export async function vaultBench(): Promise<BenchRow[]> {
  const clock = new FakeClock();
  const logger = new Logger({ console: false, clock, scope: 'bench' });
  const deps = {
    store: new MemoryVaultStore(),
    session: new MemorySessionStore(),
    clock,
    scheduler: new FakeScheduler(),
    secrets: logger,
    log: logger.child('vault'),
  };
  const vault = new Vault(deps, { iterations: ITERATIONS });
  await vault.importKey(HARDHAT_KEY, PASSPHRASE);
  const unlocks: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await vault.lock();
    const t = performance.now();
    await vault.unlock(PASSPHRASE);
    unlocks.push(performance.now() - t);
  }
  const derives: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await deriveBoxKey(PASSPHRASE, new Uint8Array(16), ITERATIONS);
    derives.push(performance.now() - t);
  }
  return [
    row(
      'vault',
      'unlock, 600,000 PBKDF2 iterations',
      percentile(unlocks, 50),
      'ms',
      `Vault.unlock (PBKDF2-SHA256 → AES-GCM decrypt → key check) over in-memory stores, Node WebCrypto, median of ${RUNS} (max ${Math.max(...unlocks).toFixed(0)} ms)`,
      atMost(500, 'ms'),
    ),
    row(
      'vault',
      'PBKDF2 derive alone',
      percentile(derives, 50),
      'ms',
      `deriveBoxKey, ${ITERATIONS} iterations, median of ${RUNS}`,
    ),
  ];
}
