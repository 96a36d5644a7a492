import { describe, expect, it } from 'vitest';
import { httpStatusError } from '../../../lib/adapters/polymarket/http/http-error';
import { createPassLock } from '../../../lib/adapters/scheduler/pass-lock';
import { type PassBody, runPass } from '../../../lib/app/passes/run-pass';
import { type PassLogRow, passLogRow } from '../../../lib/core/model/rows/pass-log';
import { coded, codedWithReason } from '../../../lib/messaging/coded-text';

/** Runs one pass and returns its final row (parsed by the stored schema, as the repository does). */
async function run(body: PassBody, timeoutMs = 5_000): Promise<PassLogRow> {
  let last: PassLogRow | undefined;
  const result = await runPass(
    'test',
    body,
    {
      lock: createPassLock(undefined),
      clock: { now: () => 1_000 },
      ids: { next: () => 'pass-1' },
      log: {
        put: async (row) => {
          last = passLogRow.parse(row);
        },
        prune: async () => 0,
      },
    },
    timeoutMs,
  );
  if (!result.ran || !last) throw new Error('the pass did not run');
  return last;
}

const rateLimited = () => httpStatusError(429, '', { api: 'data', endpoint: '/trades', method: 'GET' });

describe('pass-log rows carry the coded form of their words', () => {
  it('a failure keeps its English and carries the error code with its details', async () => {
    const row = await run(async () => {
      throw rateLimited();
    });
    expect(row.error).toBe('Polymarket is rate limiting us (data /trades); retry later.');
    expect(row.errorTexts).toEqual([
      {
        code: 'rate_limited',
        params: { api: 'data', endpoint: '/trades', method: 'GET', status: 429, bodyKind: 'empty' },
      },
    ]);
  });

  it('a timeout carries its seconds; an unexpected error its message', async () => {
    const slow = await run(
      () => new Promise<string>((resolve) => setTimeout(() => resolve('late'), 1_500)),
      1_000,
    );
    expect(slow.error).toBe('Timed out after 1 s.');
    expect(slow.errorTexts).toEqual([{ code: 'pass_timeout', params: { seconds: 1 } }]);
    const broken = await run(async () => {
      throw new TypeError('x is not a function');
    });
    expect(broken.errorTexts).toEqual([{ code: 'unexpected', params: { message: 'x is not a function' } }]);
  });

  it('degradations carry one coded text each, in order, with an error inside as the cause', async () => {
    const row = await run(async (ctx) => {
      ctx.degrade('Some order books were missing.', coded('books_missing'));
      ctx.degrade('Some order books were missing.', coded('books_missing'));
      ctx.degrade('Order books unavailable: …', codedWithReason('books_unavailable', rateLimited()));
      return 'done';
    });
    expect(row.outcome).toBe('degraded');
    expect(row.errorTexts).toEqual([
      { code: 'books_missing', params: {} },
      {
        code: 'books_unavailable',
        params: { reason: 'Polymarket is rate limiting us (data /trades); retry later.' },
        cause: expect.objectContaining({ code: 'rate_limited' }),
      },
    ]);
  });

  it('one uncoded degradation leaves the whole row to its English (never a mix)', async () => {
    const row = await run(async (ctx) => {
      ctx.degrade('Some order books were missing.', coded('books_missing'));
      ctx.degrade('Something only said in English.');
      return undefined;
    });
    expect(row.error).toBe('Some order books were missing. · Something only said in English.');
    expect(row.errorTexts).toBeUndefined();
  });

  it('a malformed code is dropped rather than failing the row', async () => {
    const row = await run(async (ctx) => {
      ctx.degrade('Odd.', { code: 'not a code!', params: {} });
      return undefined;
    });
    expect(row.outcome).toBe('degraded');
    expect(row.errorTexts).toBeUndefined();
  });

  it('summaries carry their sentences; a row without them is still valid (older rows)', async () => {
    const row = await run(async (ctx) => {
      ctx.summarise?.(coded('monitor_done', { checked: 2, liquidated: 0, closed: 1, resolved: 0 }));
      return '2 positions checked: 0 liquidated, 1 closed, 0 resolved.';
    });
    expect(row.summaryTexts).toEqual([
      { code: 'monitor_done', params: { checked: 2, liquidated: 0, closed: 1, resolved: 0 } },
    ]);
    const old = { ...row, errorTexts: undefined, summaryTexts: undefined };
    expect(passLogRow.safeParse(old).success).toBe(true);
  });
});
