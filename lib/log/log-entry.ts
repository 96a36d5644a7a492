/** The shape of one structured log line, as stored in the ring buffer and exported. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** What callers pass: values of unknown shape, which the redactor turns into safe JSON. */
export type LogFields = Readonly<Record<string, unknown>>;

export interface LogEntry {
  /** ISO-8601, from the injected clock. */
  time: string;
  level: LogLevel;
  /** The component that logged (e.g. 'vault', 'scan', 'monitor'). */
  scope: string;
  message: string;
  /** Context such as marketId or passId, already redacted. */
  fields: Record<string, JsonValue>;
}

export type LogSink = (entry: LogEntry) => void;
