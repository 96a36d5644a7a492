import { describe, expect, it } from 'vitest';
import { placeSignedOrder } from '../../fake-polymarket/routes/place-signed-order.ts';
import { startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';

describe('scenarios', () => {
  it('is deterministic per seed, resolves scripted markets on advance(), rejects V1 orders', async () => {
    const a = await startFakePolymarket({ markets: 20, seed: 9 });
    const b = await startFakePolymarket({ markets: 20, seed: 9 });
    try {
      expect(a.state.markets.map((m) => m.tokens[0].tokenId)).toEqual(
        b.state.markets.map((m) => m.tokens[0].tokenId),
      );
      a.scenario.advance(60 * 60_000);
      const resolved = a.state.markets.find(
        (m) => a.scenario.paths.get(m.conditionId)?.kind === 'resolution',
      );
      expect(resolved?.closed).toBe(true);
      const gamma = (await (await fetch(`${a.gammaUrl}/markets/${resolved?.id}`)).json()) as {
        outcomePrices: string;
      };
      expect(['["1", "0"]', '["0", "1"]']).toContain(gamma.outcomePrices);
      const key = a.apiKeys.create('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', '0');
      if (!key) throw new Error('no key');
      const v1 = {
        order: { salt: 1, feeRateBps: '0', nonce: '0', taker: '0x0' },
        owner: key.apiKey,
        orderType: 'FOK',
      };
      const response = await placeSignedOrder(a.state, key, v1);
      expect([response.status, response.body]).toEqual([400, { error: 'order_version_mismatch' }]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
