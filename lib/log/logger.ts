import { consoleSink } from './console-sink';
import { LOG_LEVELS, type LogEntry, type LogFields, type LogLevel, type LogSink } from './log-entry';
import { Redactor } from './redact';
import { RingBuffer } from './ring-buffer';

export interface LoggerOptions {
  /** Milliseconds since the epoch; injectable for tests. Defaults to Date.now. */
  clock?: { now(): number };
  /** Lines kept in memory for export (oldest dropped first). Default 1,000. */
  capacity?: number;
  /** Also write lines to the devtools console. Default true; turn off in tests. */
  console?: boolean;
  /** Lines below this level are ignored. Default 'debug'. */
  minLevel?: LogLevel;
  /** Share a redactor (and its registered secrets) with other loggers. */
  redactor?: Redactor;
  /** Scope of the root logger. Default 'app'. */
  scope?: string;
}

interface LoggerCore {
  clock: { now(): number };
  buffer: RingBuffer<LogEntry>;
  redactor: Redactor;
  sinks: Set<LogSink>;
  consoleEnabled: boolean;
  minLevel: number;
}

/**
 * Structured JSON logger. Every line passes through the redactor before it is stored or sent to
 * any sink, so no sink ever sees a secret. `child(scope)` shares buffer, sinks and secrets.
 */
export class Logger {
  readonly #core: LoggerCore;
  readonly scope: string;

  constructor(options: LoggerOptions = {}, core?: LoggerCore) {
    this.scope = options.scope ?? 'app';
    this.#core = core ?? {
      clock: options.clock ?? { now: () => Date.now() },
      buffer: new RingBuffer<LogEntry>(options.capacity ?? 1000),
      redactor: options.redactor ?? new Redactor(),
      sinks: new Set(),
      consoleEnabled: options.console ?? true,
      minLevel: LOG_LEVELS.indexOf(options.minLevel ?? 'debug'),
    };
  }

  child(scope: string): Logger {
    return new Logger({ scope }, this.#core);
  }

  debug(message: string, fields?: LogFields): void {
    this.log('debug', message, fields);
  }
  info(message: string, fields?: LogFields): void {
    this.log('info', message, fields);
  }
  warn(message: string, fields?: LogFields): void {
    this.log('warn', message, fields);
  }
  /** `error` may be anything thrown; it is logged as name, kind, code and message only. */
  error(message: string, error?: unknown, fields?: LogFields): void {
    this.log('error', message, error === undefined ? fields : { ...fields, error });
  }

  log(level: LogLevel, message: string, fields: LogFields = {}): void {
    const core = this.#core;
    if (LOG_LEVELS.indexOf(level) < core.minLevel) return;
    const entry: LogEntry = {
      time: new Date(core.clock.now()).toISOString(),
      level,
      scope: core.redactor.redactText(this.scope),
      message: core.redactor.redactText(message),
      fields: core.redactor.redactFields(fields),
    };
    core.buffer.push(entry);
    if (core.consoleEnabled) consoleSink(entry);
    for (const sink of core.sinks) {
      try {
        sink(entry);
      } catch {
        // A failing sink must not break the caller; the line is still in the buffer.
      }
    }
  }

  /** Registers a secret with the shared redactor (see Redactor.registerSecret). */
  registerSecret(value: string): void {
    this.#core.redactor.registerSecret(value);
  }
  unregisterSecret(value: string): void {
    this.#core.redactor.unregisterSecret(value);
  }

  /** Adds a sink (e.g. persistence); returns a function that removes it. */
  addSink(sink: LogSink): () => void {
    this.#core.sinks.add(sink);
    return () => this.#core.sinks.delete(sink);
  }

  setConsole(enabled: boolean): void {
    this.#core.consoleEnabled = enabled;
  }

  /** Buffered lines, oldest first (copies). */
  entries(): LogEntry[] {
    return this.#core.buffer.toArray().map((entry) => structuredClone(entry));
  }

  /** Buffered lines as JSON Lines, for a "download logs" button. */
  exportJsonLines(): string {
    return this.#core.buffer
      .toArray()
      .map((entry) => JSON.stringify(entry))
      .join('\n');
  }

  clear(): void {
    this.#core.buffer.clear();
  }
}
