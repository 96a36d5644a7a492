import { type DoctorCheck, text } from './doctor-report';
import { microsToUsd } from './units';
import type { WalletFacts } from './wallet-facts';

const title = text('collateral.title');

/** pUSD (the CLOB V2 collateral) held by the trading address; USDC.e alone must be wrapped first. */
export function checkCollateral(f: Pick<WalletFacts, 'chain'>): DoctorCheck {
  const base = { id: 'collateral', title } as const;
  if (f.chain === null)
    return { ...base, status: 'skipped', explanation: text('common.needsAddress'), fix: null };
  if (!f.chain.ok) {
    return {
      ...base,
      status: 'warn',
      explanation: text('common.chainUnknown', { reason: f.chain.reason }),
      fix: text('common.rpcFix'),
    };
  }
  const { pusdMicros, usdceMicros } = f.chain.value;
  if (pusdMicros === null) {
    return {
      ...base,
      status: 'warn',
      explanation: text('common.chainUnknown', { reason: 'pUSD balance' }),
      fix: text('common.rpcFix'),
    };
  }
  if (pusdMicros > 0n) {
    return {
      ...base,
      status: 'pass',
      explanation: text('collateral.funded', { amountUsd: microsToUsd(pusdMicros) }),
      fix: null,
    };
  }
  if (usdceMicros !== null && usdceMicros > 0n) {
    return {
      ...base,
      status: 'fail',
      explanation: text('collateral.unwrapped', { amountUsd: microsToUsd(usdceMicros) }),
      fix: text('collateral.unwrappedFix'),
    };
  }
  return { ...base, status: 'fail', explanation: text('collateral.empty'), fix: text('collateral.emptyFix') };
}
