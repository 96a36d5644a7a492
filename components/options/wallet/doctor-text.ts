import { i18n } from '#i18n';
import type { DoctorText } from '../../../lib/core/wallet-doctor/doctor-report';
import { formatUsd } from '../../ui/format';
import { technicalReason } from '../../ui/technical-reason';
import { optionalMessage } from '../../ui/ui-text';

/** i18n.t for keys chosen at run time (the doctor's texts); named parameters as strings. */
export const translate = i18n.t as unknown as (key: string, params?: Record<string, string>) => string;
/** The same with a count: the message's plural form for `n` (a YAML `1:` / `n:` map). */
const translateCount = i18n.t as unknown as (
  key: string,
  n: number,
  params: Record<string, string>,
) => string;

/**
 * Parameters named "…Usd" hold a decimal dollar amount: shown in the locale's money format. A
 * `reason` that is a browser's network error or a time-out is said in the UI's words.
 */
function localised(params: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name === 'reason') {
      out[name] = technicalReason(value, optionalMessage) ?? value;
      continue;
    }
    const usd = name.endsWith('Usd') ? Number(value) : Number.NaN;
    out[name] = Number.isFinite(usd) ? formatUsd(Math.round(usd * 1e6)) : value;
  }
  return out;
}

/** A doctor sentence in the user's language. */
export function doctorText(t: DoctorText): string {
  const count = t.params.count === undefined ? Number.NaN : Number(t.params.count);
  return Number.isInteger(count)
    ? translateCount(`doctor.${t.key}`, count, localised(t.params))
    : translate(`doctor.${t.key}`, localised(t.params));
}
