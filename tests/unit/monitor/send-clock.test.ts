import { describe, expect, it } from 'vitest';
import { createSendClock } from '../../../lib/app/monitor/realtime/send-clock';
import type { Exchange, ResolutionSettlement } from '../../../lib/app/ports/exchange-port';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

/** An exchange with the optional parts: a close-only refusal and a resolution payout. */
function exchange(settled: ResolutionSettlement[]): Exchange {
  return {
    mode: 'paper',
    entriesRefused: { code: 'region_close_only', message: 'Close-only region.' },
    settleResolution: async (settlement) => {
      settled.push(settlement);
    },
    prepare: async (request, keyHint) => ({ clientKey: keyHint, request, payload: null }),
    send: async () => {
      throw new Error('not sent in this test');
    },
    findOrder: async () => null,
    balance: async () => 5_000_000,
  };
}

describe('the send clock around the exchange provider', () => {
  it('keeps what the engine reads of the exchange: a close-only refusal, the resolution payout', async () => {
    const settled: ResolutionSettlement[] = [];
    const clock = createSendClock(() => 1);
    const wrapped = await clock.wrap(async () => exchange(settled))('paper', DEFAULT_SETTINGS);
    expect(wrapped.entriesRefused).toEqual({ code: 'region_close_only', message: 'Close-only region.' });
    const settlement = { key: 'm1', legs: [{ tokenId: 't', shares: 2_000_000, payout: 2_000_000 }] };
    await wrapped.settleResolution?.(settlement);
    expect(settled).toEqual([settlement]);
    expect(await wrapped.balance()).toBe(5_000_000);
  });

  it('an exchange without them stays without them', async () => {
    const { settleResolution: _none, entriesRefused: _open, ...plain } = exchange([]);
    const wrapped = await createSendClock().wrap(async () => plain)('live', DEFAULT_SETTINGS);
    expect(wrapped.settleResolution).toBeUndefined();
    expect(wrapped.entriesRefused).toBeUndefined();
  });
});
