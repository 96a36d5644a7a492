import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { composeBackground } from '../../../entrypoints/background/compose-background';
import { approvalsFor, missingApprovalCalls } from '../../../lib/adapters/chain/ctf-calls';
import { LiveCtfOperations } from '../../../lib/adapters/chain/live-ctf-operations';
import { createPolymarketClients } from '../../../lib/adapters/polymarket/polymarket-clients';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';
import { Logger } from '../../../lib/log/logger';
import { testPlatform } from '../support/test-platform';
import { startCtfHarness } from './ctf-harness';
import { STANDARD_MARKET } from './live-ctf-harness';

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

describe('the background composes a live CtfProvider and reconciles its journal after a restart', () => {
  it('a split still pending when the worker stopped is settled by the next background, once', async () => {
    const h = await startCtfHarness();
    close = h.close;
    for (const call of missingApprovalCalls(approvalsFor('split', false, 10_000_000), {
      pusdAllowance: 0n,
      ctfOperator: false,
    }))
      await h.send(call);
    const clock = { now: () => Date.now() };
    const store = createStore(
      new EquilibrageDatabase(`ctf-compose-${process.pid}-${Math.random()}`),
      clock.now,
    );
    expect((await store.settings.update({ mode: 'live' })).ok).toBe(true);
    const unused = 'http://127.0.0.1:9/';
    const clients = createPolymarketClients({
      endpoints: { gammaUrl: unused, clobUrl: unused, dataUrl: unused },
      maxAttempts: 1,
    });
    let n = 0;
    const background = () => {
      const platform = testPlatform({
        store,
        clock,
        ids: { next: () => `id-${++n}` },
        clients,
        logger: new Logger({ console: false, clock }),
      });
      platform.live.ctf = async (_settings, journal) =>
        new LiveCtfOperations({
          client: h.client,
          account: h.account,
          signatureType: 0,
          wallet: null,
          journal,
          eoa: h.wallet,
          now: clock.now,
          newId: () => `ctf-${++n}`,
          polPriceMicros: 1_000_000,
          wait: { pollMs: 5, polls: 2 },
        });
      return composeBackground(platform);
    };

    const first = background();
    h.chain.faults.holdPending = true;
    const ops = await first.ctfProvider('live', await first.settings());
    const pending = await ops.split({ market: STANDARD_MARKET, amount: 10_000_000, positionId: 'pos-c' });
    expect(pending.status).toBe('pending');
    h.chain.mine();

    const second = background(); // the worker restarted: only the store survived
    const settled = await second.reconcileCtf();
    expect(settled).toMatchObject([
      { positionId: 'pos-c', op: 'split', outcome: { status: 'done', delta: { yesShares: 10_000_000 } } },
    ]);
    expect(await second.reconcileCtf()).toEqual([]);
    expect(h.chain.received).toHaveLength(2); // the approval and one split
  });
});
