import { afterEach, describe, expect, it, vi } from 'vitest';
import { validationError } from '../../../lib/errors/app-error';
import type { LogEntry } from '../../../lib/log/log-entry';
import { Logger } from '../../../lib/log/logger';
import { RingBuffer } from '../../../lib/log/ring-buffer';

const clock = (start = Date.UTC(2026, 0, 1)) => {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Logger', () => {
  it('writes structured entries with time from the injected clock', () => {
    const c = clock();
    const log = new Logger({ clock: c, console: false, scope: 'scan' });
    log.info('scan done', { marketId: 'm1', passId: 'p7', count: 3 });
    c.advance(1500);
    log.child('monitor').warn('price stale');
    expect(log.entries()).toEqual<LogEntry[]>([
      {
        time: '2026-01-01T00:00:00.000Z',
        level: 'info',
        scope: 'scan',
        message: 'scan done',
        fields: { marketId: 'm1', passId: 'p7', count: 3 },
      },
      {
        time: '2026-01-01T00:00:01.500Z',
        level: 'warn',
        scope: 'monitor',
        message: 'price stale',
        fields: {},
      },
    ]);
  });

  it('keeps only the newest lines (ring buffer) and exports JSON lines', () => {
    const log = new Logger({ console: false, capacity: 3 });
    for (let i = 0; i < 5; i++) log.info(`line ${i}`);
    expect(log.entries().map((e) => e.message)).toEqual(['line 2', 'line 3', 'line 4']);
    const exported = log.exportJsonLines().split('\n');
    expect(exported).toHaveLength(3);
    expect(JSON.parse(exported[0] ?? '')).toMatchObject({ message: 'line 2', level: 'info' });
    log.clear();
    expect(log.entries()).toEqual([]);
  });

  it('redacts message and fields before any sink sees them', () => {
    const log = new Logger({ console: false });
    const seen: LogEntry[] = [];
    const remove = log.addSink((entry) => seen.push(entry));
    log.registerSecret('my vault passphrase');
    log.info('unlocked with my vault passphrase', { passphrase: 'x', note: `0x${'ab'.repeat(32)}` });
    remove();
    log.info('after');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ message: 'unlocked with [redacted]', fields: { note: '[redacted]' } });
  });

  it('logs errors by message and code, without their cause chain', () => {
    const log = new Logger({ console: false });
    const error = validationError('Bad size', { code: 'bad_size', cause: new Error('secret cause') });
    log.error('order rejected', error, { marketId: 'm1' });
    const [entry] = log.entries();
    expect(entry?.fields).toEqual({
      marketId: 'm1',
      error: { name: 'AppError', kind: 'validation', code: 'bad_size', message: 'Bad size', details: {} },
    });
    expect(log.exportJsonLines()).not.toContain('secret cause');
  });

  it('writes to the console unless turned off', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = new Logger();
    log.info('hello');
    log.error('bad');
    log.setConsole(false);
    log.info('quiet');
    expect(info).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(info.mock.calls[0]?.[0]))).toMatchObject({ message: 'hello' });
  });

  it('drops lines below the minimum level and survives a throwing sink', () => {
    const log = new Logger({ console: false, minLevel: 'info' });
    log.addSink(() => {
      throw new Error('sink down');
    });
    log.debug('noise');
    log.info('kept');
    expect(log.entries().map((e) => e.message)).toEqual(['kept']);
  });
});

describe('RingBuffer', () => {
  it('rejects a non-positive capacity', () => {
    expect(() => new RingBuffer(0)).toThrow(RangeError);
  });
});
