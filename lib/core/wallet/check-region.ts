import { type DoctorCheck, text } from './doctor-report';
import type { WalletFacts } from './wallet-facts';

/**
 * Areas Polymarket lists as close-only on its API (other-apis.md §4, latest revision). The list
 * changes: `blocked` from the geoblock endpoint is authoritative, this only adds a warning.
 */
const CLOSE_ONLY = new Set(
  'AU BY BE BI BR CA-BC CA-ON CA-AB CA-QC CF CD ET FR DE IQ IT LB LY MM NZ NI KP PL RU SG SO SK SS SD TW TH GB US UM VE YE ZW'.split(
    ' ',
  ),
);

const title = text('region.title');

/** Is trading allowed from this connection (geoblock) and for this account (close-only mode)? */
export function checkRegion(f: Pick<WalletFacts, 'region' | 'closedOnly'>): DoctorCheck {
  if (f.closedOnly?.ok && f.closedOnly.value) {
    return {
      id: 'region',
      status: 'fail',
      title,
      explanation: text('region.accountClosedOnly'),
      fix: text('region.accountClosedOnlyFix'),
    };
  }
  if (!f.region.ok) {
    return {
      id: 'region',
      status: 'warn',
      title,
      explanation: text('region.unknown', { reason: f.region.reason }),
      fix: text('region.unknownFix'),
    };
  }
  const { blocked, country, region } = f.region.value;
  const where = [country, region].filter((p): p is string => Boolean(p)).join(' / ') || '?';
  if (blocked) {
    return {
      id: 'region',
      status: 'fail',
      title,
      explanation: text('region.blocked', { where }),
      fix: text('region.blockedFix'),
    };
  }
  const area = country && region ? `${country}-${region}` : null;
  if ((country && CLOSE_ONLY.has(country)) || (area && CLOSE_ONLY.has(area))) {
    return {
      id: 'region',
      status: 'warn',
      title,
      explanation: text('region.closeOnly', { where }),
      fix: text('region.closeOnlyFix'),
    };
  }
  return { id: 'region', status: 'pass', title, explanation: text('region.allowed', { where }), fix: null };
}
