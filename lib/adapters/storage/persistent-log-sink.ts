import type { LogRow } from '../../core/model/rows/logs';
import { LOG_LEVELS, type LogEntry, type LogLevel, type LogSink } from '../../log/log-entry';
import { BufferedWriter, type Timers } from './buffered-writer';
import type { LogsRepository } from './repositories/logs-repository';

export interface PersistentLogSinkOptions {
  /** Lines below this level are not persisted. Default 'info'. */
  minLevel?: LogLevel;
  flushMs?: number;
  timers?: Timers;
  /** Prune every this many flushes. Default 10. */
  pruneEvery?: number;
  clock: { now(): number };
}

/**
 * A logger sink that keeps lines in the `logs` table across worker restarts. It receives entries
 * AFTER the logger's redactor, so nothing stored here can hold a secret the logger would not print.
 * Wire it with `logger.addSink(persistent.sink)`. Write failures are dropped silently: logging
 * them would loop back into this sink.
 */
export class PersistentLogSink {
  readonly #writer: BufferedWriter<LogRow>;
  readonly #minLevel: number;
  #flushes = 0;

  constructor(repository: LogsRepository, options: PersistentLogSinkOptions) {
    this.#minLevel = LOG_LEVELS.indexOf(options.minLevel ?? 'info');
    const pruneEvery = options.pruneEvery ?? 10;
    this.#writer = new BufferedWriter<LogRow>({
      write: async (batch) => {
        await repository.addMany(batch);
        if (++this.#flushes % pruneEvery === 1) await repository.prune(options.clock.now());
      },
      ...(options.flushMs === undefined ? {} : { flushMs: options.flushMs }),
      ...(options.timers ? { timers: options.timers } : {}),
    });
  }

  readonly sink: LogSink = (entry: LogEntry) => {
    if (LOG_LEVELS.indexOf(entry.level) < this.#minLevel) return;
    const at = Date.parse(entry.time);
    this.#writer.push({ ...entry, at: Number.isFinite(at) ? at : 0 });
  };

  flush(): Promise<void> {
    return this.#writer.flush();
  }
}
