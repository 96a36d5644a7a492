/** Pattern-based redaction of free text: what looks like key material, whatever its context. */
export const REDACTED = '[redacted]';

/**
 * A run of 64 or more hex digits, with or without 0x: a private key, a signature, a raw secret.
 * A bare run of decimal digits only is a CLOB token id (uint256 in decimal), not key material.
 */
const LONG_HEX = /(?:0x)?[0-9a-fA-F]{64,}/g;

/** A run of ≥ 32 base64 / base64url characters with optional padding. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{32,}={0,2}/g;

/** A bare 32-byte hash such as a conditionId or a transaction hash. */
export const PUBLIC_HASH = /^0x[0-9a-fA-F]{64}$/;

export function redactLongHex(text: string): string {
  return text.replace(LONG_HEX, (run) => (/^[0-9]+$/.test(run) ? run : REDACTED));
}

/**
 * Replaces runs that look like base64 secrets. A run counts only if it mixes upper case, lower case
 * and digits and is not plain hex, so addresses, decimal token ids, UUIDs and URL slugs survive.
 */
export function redactBase64Runs(text: string): string {
  return text.replace(BASE64_RUN, (run) => (looksLikeBase64Secret(run) ? REDACTED : run));
}

function looksLikeBase64Secret(run: string): boolean {
  if (/^(?:0x)?[0-9a-fA-F]+$/.test(run)) return false;
  return /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run);
}
