import { seedRows } from './seed-data';

/**
 * Positions for the redeem surfaces (issue 18): the usual seeded ones (the first on a market paying
 * Polymarket's holding reward), plus two LIVE positions whose markets resolved on chain — one ready
 * to redeem ($96.15), one whose last redeem the relayer refused ($40) — so the capital locked is $136.15.
 */
export function resolvedPositions(now: number) {
  const seeded = seedRows(now).positions.map((p, i) => (i === 0 ? { ...p, holdingRewards: true } : p));
  const base = seeded[0];
  if (!base) throw new Error('no seeded position');
  const resolved = (id: string, name: string, shares: number, redeem: Record<string, unknown>) => ({
    ...base,
    id,
    marketId: `m-${id}`,
    marketName: name,
    conditionId: `0xcond-${id}`,
    mode: 'live',
    sharesYes: shares,
    sharesNo: shares,
    currentPriceYes: null,
    currentPriceNo: null,
    holdingRewards: false,
    redeem: {
      payout: shares,
      yesPayout: shares,
      noPayout: 0,
      burnYes: shares,
      burnNo: shares,
      intentId: null,
      code: null,
      message: null,
      checkedAt: now,
      ...redeem,
    },
  });
  return [
    ...seeded,
    resolved('res-1', 'Will the ECB cut rates in October?', 96_153_846, { state: 'ready', negRisk: false }),
    resolved('res-2', 'Who wins the Ballon d’Or? — Mbappé', 40_000_000, {
      state: 'refused',
      negRisk: true,
      code: 'relayer_refused',
      message: 'PRECHECK_SKIPPED: zero position balance',
    }),
  ];
}
