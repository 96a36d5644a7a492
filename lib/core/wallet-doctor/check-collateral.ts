import { chainGate, chainValueUnknown } from './chain-gate';
import { type DoctorCheck, text } from './doctor-report';
import { microsToUsd } from './units';
import type { WalletFacts } from './wallet-facts';

const title = text('collateral.title');

/** pUSD (the CLOB V2 collateral) held by the trading address; USDC.e alone must be wrapped first. */
export function checkCollateral(f: Pick<WalletFacts, 'chain'>): DoctorCheck {
  const base = { id: 'collateral', title } as const;
  const gate = chainGate(base, f.chain);
  if ('check' in gate) return gate.check;
  const { pusdMicros, usdceMicros } = gate.facts;
  if (pusdMicros === null) return chainValueUnknown(base, 'pusdBalance');
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
