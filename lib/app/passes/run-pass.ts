import type { PassLogRow, PassName } from '../../core/model/rows/pass-log';
import { isAppError } from '../../errors/app-error';
import { allCoded, type CodedText, coded, codedFromError } from '../../messaging/coded-text';
import type { Clock, IdSource, PassLock } from '../../ports';

/** What a pass body receives: cancellation, and ways to report what it did. */
export interface PassContext {
  passId: string;
  signal: AbortSignal;
  /** Count requests sent to remote APIs (shown in the pass log and the Health view). */
  addRequests(count: number): void;
  /**
   * The pass finished but part of it did not (a source down, a market skipped): say what, in
   * English, and in coded form for the UI's language (without it the row shows the English).
   */
  degrade(message: string, text?: CodedText): void;
  /**
   * The coded form of the summary the body returns, one call per sentence (the UI's language).
   * Optional: a body run outside runPass (tests) may get a context without it.
   */
  summarise?(text: CodedText): void;
}

export type PassBody = (ctx: PassContext) => Promise<string | undefined>;

export interface RunPassDeps {
  lock: PassLock;
  clock: Clock;
  ids: IdSource;
  log: { put(row: PassLogRow): Promise<void>; prune(pass: PassName): Promise<number> };
}

export type RunPassResult = { ran: false; reason: 'already_running' } | { ran: true; row: PassLogRow };

class PassTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Timed out after ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}.`);
  }
}

/**
 * Run a pass crash-only: single-flight (a second run while one is in flight returns at once), a
 * time limit (the body's signal aborts, the row says "timed out"), and a pass-log row written
 * when it starts and when it ends — so a killed worker leaves a visible "running" row behind.
 */
export async function runPass(
  pass: PassName,
  body: PassBody,
  deps: RunPassDeps,
  timeoutMs: number,
): Promise<RunPassResult> {
  const outcome = await deps.lock.runExclusive(`pass:${pass}`, () => execute(pass, body, deps, timeoutMs));
  return outcome.acquired ? { ran: true, row: outcome.value } : { ran: false, reason: 'already_running' };
}

async function execute(
  pass: PassName,
  body: PassBody,
  deps: RunPassDeps,
  timeoutMs: number,
): Promise<PassLogRow> {
  const startedAt = deps.clock.now();
  const row: PassLogRow = {
    id: deps.ids.next(),
    pass,
    startedAt,
    finishedAt: null,
    durationMs: null,
    outcome: 'running',
    error: null,
    requestCount: 0,
    summary: null,
  };
  await deps.log.put(row);

  const controller = new AbortController();
  const degradations: string[] = [];
  const degradationTexts: (CodedText | undefined)[] = [];
  const summaryTexts: CodedText[] = [];
  const ctx: PassContext = {
    passId: row.id,
    signal: controller.signal,
    addRequests: (count) => {
      row.requestCount += count;
    },
    degrade: (message, text) => {
      if (degradations.includes(message)) return;
      degradations.push(message);
      degradationTexts.push(text);
    },
    summarise: (text) => {
      summaryTexts.push(text);
    },
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new PassTimeout(timeoutMs));
    }, timeoutMs);
  });

  try {
    const summary = await Promise.race([body(ctx), timeout]);
    row.summary = summary ?? null;
    row.outcome = degradations.length > 0 ? 'degraded' : 'ok';
    row.error = degradations.length > 0 ? degradations.join(' · ') : null;
    const errorTexts = allCoded(degradationTexts);
    if (errorTexts) row.errorTexts = errorTexts;
    const summaryCoded = row.summary === null ? undefined : allCoded(summaryTexts);
    if (summaryCoded) row.summaryTexts = summaryCoded;
  } catch (error) {
    row.outcome = 'failed';
    row.error = describeError(error);
    const errorTexts = allCoded([codedError(error)]);
    if (errorTexts) row.errorTexts = errorTexts;
  } finally {
    clearTimeout(timer);
  }
  row.finishedAt = deps.clock.now();
  row.durationMs = row.finishedAt - startedAt;
  await deps.log.put(row);
  await deps.log.prune(pass);
  return row;
}

/** The failure's coded form: the timeout, an AppError's code, or an unexpected error's message. */
function codedError(error: unknown): CodedText | undefined {
  if (error instanceof PassTimeout) {
    return error.timeoutMs >= 1000
      ? coded('pass_timeout', { seconds: Math.round(error.timeoutMs / 1000) })
      : undefined;
  }
  if (isAppError(error)) return codedFromError(error);
  if (error instanceof Error) return coded('unexpected', { message: error.message });
  return undefined;
}

function describeError(error: unknown): string {
  if (error instanceof PassTimeout || isAppError(error)) return error.message;
  if (error instanceof Error) return `Unexpected error: ${error.message}`;
  return 'Unexpected error.';
}
