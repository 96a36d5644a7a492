import type { Fact } from '../../core/wallet-doctor/wallet-facts';

/** A short, secret-free reason: the first line of the error's message, capped. */
export function reasonOf(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const line = raw.split('\n')[0]?.trim() || 'unknown error';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

/**
 * Runs one fact-gathering step with a time limit. It never throws: a failure or a timeout becomes
 * `{ ok: false, reason }`, so one unreachable source only turns its own check into a warning.
 */
export async function settleFact<T>(work: () => Promise<T>, timeoutMs: number): Promise<Fact<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)),
      timeoutMs,
    );
  });
  try {
    return { ok: true, value: await Promise.race([work(), timeout]) };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  } finally {
    clearTimeout(timer);
  }
}
