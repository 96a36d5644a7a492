import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { PersistentLogSink } from '../../../lib/adapters/storage/persistent-log-sink';
import { LogsRepository } from '../../../lib/adapters/storage/repositories/logs-repository';
import { Logger } from '../../../lib/log/logger';

const PRIVATE_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const TELEGRAM_TOKEN = '123456789:AAHfakeTokenForTests_abcdefghijklmnop';
const PASSPHRASE = 'correct horse battery staple';

let db: EquilibrageDatabase;
let counter = 0;
beforeEach(async () => {
  db = new EquilibrageDatabase(`persistent-logs-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

function setup() {
  const clock = { now: () => Date.UTC(2026, 0, 1) };
  const logger = new Logger({ console: false, clock });
  const repo = new LogsRepository(db, 100);
  const persistent = new PersistentLogSink(repo, { clock, flushMs: 60_000 });
  logger.addSink(persistent.sink);
  return { logger, repo, persistent };
}

describe('persistent log sink', () => {
  it('stores only redacted lines: no registered secret, key-like text or secret field survives', async () => {
    const { logger, repo, persistent } = setup();
    logger.registerSecret(PASSPHRASE);
    logger.registerSecret(TELEGRAM_TOKEN);
    logger.info(`imported ${PRIVATE_KEY}`, { privateKey: PRIVATE_KEY, note: `pass ${PASSPHRASE}` });
    logger.warn('telegram failed', {
      url: `https://api.telegram.org/bot${TELEGRAM_TOKEN}/sendMessage`,
      token: TELEGRAM_TOKEN,
    });
    logger.error('boom', new Error(`with ${PASSPHRASE}`));
    logger.debug('not persisted below info');
    await persistent.flush();
    const rows = await repo.recent(10);
    expect(rows.map((r) => r.message)).toEqual(['imported [redacted]', 'telegram failed', 'boom']);
    const dump = JSON.stringify(rows) + (await repo.exportJsonLines());
    for (const secret of [PRIVATE_KEY, PRIVATE_KEY.slice(2), TELEGRAM_TOKEN, 'AAHfakeToken', PASSPHRASE]) {
      expect(dump).not.toContain(secret);
    }
  });

  it('survives a worker restart and stays bounded', async () => {
    const first = setup();
    for (let i = 0; i < 150; i++) first.logger.info(`line ${i}`);
    await first.persistent.flush();
    await first.repo.prune(Date.UTC(2026, 0, 1));
    // A new worker: a fresh logger (empty ring buffer), the same table.
    const second = setup();
    expect(second.logger.entries()).toEqual([]);
    const rows = await second.repo.recent(1_000);
    expect(rows).toHaveLength(100);
    expect(rows[0]?.message).toBe('line 50');
    expect(rows.at(-1)?.message).toBe('line 149');
  });
});
