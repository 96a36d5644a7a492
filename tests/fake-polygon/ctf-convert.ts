import type { Hex } from 'viem';
import type { CtfLedger } from './ctf-ledger';
import { revertWith } from './ctf-ledger';

/**
 * NegRiskCtfCollateralAdapter.convertPositions(marketId, indexSet, amount) on the fake chain
 * (polymarket-ctf.md §3.1, NegRiskAdapter.convertPositions): the NO shares of the questions in
 * `indexSet` are burned; every other question of the event gets amount·(1−fee) YES, and the holder
 * gets (k−1)·amount·(1−fee) pUSD for k converted questions. Reverts like the contract on an event of
 * one question, an index set out of range, or NO shares it cannot pull.
 */
export interface NegRiskEvent {
  conditionIds: Hex[];
  feeBips: bigint;
}

export function convertPositions(
  ledger: CtfLedger,
  from: string,
  adapter: string,
  [marketId, indexSet, amount]: readonly [Hex, bigint, bigint],
): void {
  const event = ledger.negRiskEvents.get(marketId.toLowerCase());
  if (!event) throw revertWith('MarketNotPrepared()');
  const n = event.conditionIds.length;
  if (n <= 1) throw revertWith('NoConvertiblePositions()');
  if (indexSet <= 0n || indexSet >= 1n << BigInt(n)) throw revertWith('InvalidIndexSet()');
  const inSet = (i: number) => ((indexSet >> BigInt(i)) & 1n) === 1n;
  const converted = event.conditionIds.filter((_, i) => inSet(i));
  const noIds = converted.map((c) => ledger.idsFor(adapter, c)[1]);
  ledger.pullPositions(
    from,
    adapter,
    noIds,
    noIds.map(() => amount),
  );
  const net = amount - (amount * event.feeBips) / 10_000n;
  event.conditionIds.forEach((c, i) => {
    if (inSet(i)) return;
    const [yes] = ledger.idsFor(adapter, c);
    ledger.setPosition(from, yes, ledger.positionOf(from, yes) + net);
  });
  if (converted.length > 1) ledger.fund(from, BigInt(converted.length - 1) * net);
}
