import { type DoctorCheck, text } from './doctor-report';
import { regionVerdict } from './region-policy';
import type { WalletFacts } from './wallet-facts';

const title = text('region.title');

/**
 * Is trading allowed from this connection (geoblock + Polymarket's published lists) and for this
 * account (close-only mode)? Close-only and blocked both keep live mode off; they differ in what
 * happens to open live positions, which the explanation says.
 */
export function checkRegion(f: Pick<WalletFacts, 'region' | 'closedOnly'>): DoctorCheck {
  const check = (status: DoctorCheck['status'], key: string, fix: string | null, where = '') => ({
    id: 'region' as const,
    status,
    title,
    explanation: text(`region.${key}`, where ? { where } : {}),
    fix: fix ? text(`region.${fix}`) : null,
  });
  if (f.closedOnly?.ok && f.closedOnly.value)
    return check('fail', 'accountClosedOnly', 'accountClosedOnlyFix');
  if (!f.region.ok) {
    return {
      ...check('warn', 'unknown', 'unknownFix'),
      explanation: text('region.unknown', { reason: f.region.reason }),
    };
  }
  const verdict = regionVerdict(f.region.value);
  if (verdict.access === 'blocked') return check('fail', 'blocked', 'blockedFix', verdict.where);
  if (verdict.access === 'closeOnly') return check('fail', 'closeOnly', 'closeOnlyFix', verdict.where);
  if (verdict.frontendCloseOnly) return check('pass', 'frontendCloseOnly', null, verdict.where);
  return check('pass', 'allowed', null, verdict.where);
}
