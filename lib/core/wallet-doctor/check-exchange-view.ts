import { type DoctorCheck, text } from './doctor-report';
import { microsToUsd } from './units';
import { SPENDERS, type WalletFacts } from './wallet-facts';

const title = text('exchangeView.title');

/**
 * What the exchange itself believes (GET /balance-allowance). It caches on-chain state: after a
 * deposit or an approval it may still show $0 until /balance-allowance/update refreshes it.
 */
export function checkExchangeView(f: Pick<WalletFacts, 'exchange' | 'chain' | 'credentials'>): DoctorCheck {
  const base = { id: 'exchangeView', title } as const;
  const credentialsOk =
    f.credentials?.ok && f.credentials.value.source !== 'refused' && f.credentials.value.l2.ok;
  if (!credentialsOk || f.exchange === null)
    return { ...base, status: 'skipped', explanation: text('exchangeView.needsCredentials'), fix: null };
  if (!f.exchange.ok) {
    return {
      ...base,
      status: 'warn',
      explanation: text('exchangeView.unknown', { reason: f.exchange.reason }),
      fix: text('common.retryFix'),
    };
  }
  const view = f.exchange.value;
  const chain = f.chain?.ok ? f.chain.value : null;
  const onChain = chain?.pusdMicros ?? null;
  const amountUsd = microsToUsd(view.balanceMicros);
  if (view.balanceMicros === 0n) {
    if (onChain !== null && onChain > 0n) {
      return {
        ...base,
        status: 'warn',
        explanation: text('exchangeView.staleBalance', { chainUsd: microsToUsd(onChain) }),
        fix: text('exchangeView.refreshFix'),
      };
    }
    return {
      ...base,
      status: 'fail',
      explanation: text('exchangeView.empty'),
      fix: text('collateral.emptyFix'),
    };
  }
  const approvedOnChain = (s: (typeof SPENDERS)[number]) =>
    chain !== null && (chain.pusdAllowance[s] ?? 0n) > 0n;
  const stale = SPENDERS.some((s) => (view.allowances[s] ?? 0n) === 0n && approvedOnChain(s));
  if (stale) {
    return {
      ...base,
      status: 'warn',
      explanation: text('exchangeView.staleAllowance', { amountUsd }),
      fix: text('exchangeView.refreshFix'),
    };
  }
  return { ...base, status: 'pass', explanation: text('exchangeView.ok', { amountUsd }), fix: null };
}
