import { i18n } from '#i18n';
import type { DoctorText } from '../../../lib/core/wallet/doctor-report';
import { formatUsd } from '../../ui/format';

/** i18n.t for keys chosen at run time (the doctor's texts); named parameters as strings. */
export const translate = i18n.t as unknown as (key: string, params?: Record<string, string>) => string;

/** Parameters named "…Usd" hold a decimal dollar amount: shown in the locale's money format. */
function localised(params: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const usd = name.endsWith('Usd') ? Number(value) : Number.NaN;
    out[name] = Number.isFinite(usd) ? formatUsd(Math.round(usd * 1e6)) : value;
  }
  return out;
}

/** A doctor sentence in the user's language. */
export const doctorText = (t: DoctorText): string => translate(`doctor.${t.key}`, localised(t.params));
