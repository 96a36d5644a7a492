import { executeOrder } from '../exchange/execute-order.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import type { FakeMarket } from '../state/market-model.ts';
import type { SeededRandom } from './seeded-random.ts';

const NAMES = [
  'Theo4',
  'Fredi9999',
  'PrincessCaro',
  'zxgngl',
  'GCottrell93',
  'Domer',
  'WindWalk3',
  'HyperLiquid0',
];

/** Whale wallets: funded accounts with profiles, plus some recorded history in the Data API. */
export function createWhales(state: FakePolymarketState, rng: SeededRandom): string[] {
  return NAMES.map((name, i) => {
    const address = `0x${rng.hex(40)}`;
    state.accounts.setCollateral(address, 5_000_000);
    state.profiles.set(address, { name, pseudonym: `Whale-${i + 1}` });
    return address;
  });
}

/** Past whale trades (Data API rows only) in the first markets, over the last day. */
export function seedWhaleHistory(
  state: FakePolymarketState,
  whales: string[],
  rng: SeededRandom,
  markets: number,
): void {
  for (const market of state.markets.filter((m) => !m.closed).slice(0, markets)) {
    for (let i = 0; i < 2; i++) {
      const index = rng.int(0, 1) as 0 | 1;
      const yes = market.lastTradePrice;
      state.dataTrades.push({
        proxyWallet: rng.pick(whales),
        side: rng.next() < 0.7 ? 'BUY' : 'SELL',
        tokenId: market.tokens[index].tokenId,
        conditionId: market.conditionId,
        size: Math.round(rng.range(5_000, 60_000) * 100) / 100,
        price: Number((index === 0 ? yes : 1 - yes).toFixed(4)),
        timestampSec: state.nowSec - rng.int(60, 86_400),
        transactionHash: state.ids.hash32(),
        isTaker: true,
      });
    }
  }
  state.dataTrades.sort((a, b) => a.timestampSec - b.timestampSec);
}

/** A whale sweeps the book with a marketable FAK buy of `usdc` dollars (moves the book, pushes ws events). */
export function whaleBuy(
  state: FakePolymarketState,
  whale: string,
  market: FakeMarket,
  index: 0 | 1,
  usdc: number,
): boolean {
  const tick = Number(market.tickSize);
  const best = state.book(market).tokenLevels(index).asks[0];
  if (!best) return false;
  const limit = Math.min(1 - tick, Math.round((Number(best.price) / 1e6 + 5 * tick) / tick) * tick);
  const makerAmount = BigInt(Math.round(usdc * 1e6));
  const limitMicro = BigInt(Math.round(limit * 1e6));
  const outcome = executeOrder(state, {
    id: state.ids.hash32(),
    owner: whale,
    apiKey: 'whale',
    market,
    tokenIndex: index,
    side: 'BUY',
    makerAmount,
    takerAmount: (makerAmount * 1_000_000n) / limitMicro,
    orderType: 'FAK',
    expiration: '0',
  });
  return outcome.ok;
}
