/**
 * The spellings under which a registered secret could reach a log line: the text itself, the hex,
 * base64 and base64url of its UTF-8 bytes, and — when the text is itself hex or base64 (a private
 * key, an API secret) — the other encodings of the bytes it stands for.
 */
export interface SecretVariants {
  /** Matched case-sensitively (base64 padding is matched separately, so it is left off here). */
  exact: string[];
  /** Hex spellings, matched case-insensitively. */
  hex: string[];
}

/** Shorter strings are not registered: redacting them would shred ordinary text. */
export const MIN_SECRET_LENGTH = 6;

const encoder = new TextEncoder();

export function secretVariants(value: string): SecretVariants {
  const exact = new Set<string>([value]);
  const hex = new Set<string>();
  addBytes(encoder.encode(value), exact, hex);

  const hexBody = /^(?:0x)?((?:[0-9a-fA-F]{2}){8,})$/.exec(value)?.[1];
  if (hexBody !== undefined) {
    hex.add(hexBody);
    addBytes(hexToBytes(hexBody), exact, hex);
  }
  if (/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(value)) {
    const bytes = base64ToBytesOrUndefined(value);
    if (bytes !== undefined) addBytes(bytes, exact, hex);
  }
  return {
    exact: [...exact].map(stripPadding).filter((v) => v.length >= MIN_SECRET_LENGTH),
    hex: [...hex].filter((v) => v.length >= MIN_SECRET_LENGTH),
  };
}

function addBytes(bytes: Uint8Array, exact: Set<string>, hex: Set<string>): void {
  const base64 = toBase64(bytes);
  exact.add(base64);
  exact.add(base64.replace(/\+/g, '-').replace(/\//g, '_'));
  hex.add(toHex(bytes));
}

function stripPadding(text: string): string {
  return text.replace(/=+$/, '');
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function base64ToBytesOrUndefined(text: string): Uint8Array | undefined {
  const standard = stripPadding(text).replace(/-/g, '+').replace(/_/g, '/');
  if (standard.length % 4 === 1) return undefined;
  try {
    const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}
