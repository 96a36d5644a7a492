import type { LogEntry } from './log-entry';

/** Writes an already redacted entry to the devtools console as one JSON line. */
export function consoleSink(entry: LogEntry): void {
  const line = JSON.stringify(entry);
  if (entry.level === 'error') console.error(line);
  else if (entry.level === 'warn') console.warn(line);
  else console.info(line);
}
