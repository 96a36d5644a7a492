import type { Address, Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

/** secp256k1 group order n: a private key must lie in [1, n − 1]. */
export const SECP256K1_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

export type ParsedPrivateKey = { ok: true; key: Hex; address: Address } | { ok: false; message: string };

const HEX_DIGITS = 64;

/**
 * Parses a private key typed or pasted by a person. Accepts 64 hex digits, with or without `0x`,
 * in any case, with surrounding whitespace. Messages say what is wrong and never echo the input.
 */
export function parsePrivateKey(input: string): ParsedPrivateKey {
  const trimmed = input.trim();
  if (trimmed === '') return fail('Enter your private key.');
  if (/\s/.test(trimmed)) {
    const words = trimmed.split(/\s+/).length;
    return fail(
      words >= 12
        ? 'This looks like a recovery phrase; enter the private key (64 hexadecimal characters) instead.'
        : 'The key must not contain spaces or line breaks.',
    );
  }
  const digits = /^0x/i.test(trimmed) ? trimmed.slice(2) : trimmed;
  if (!/^[0-9a-fA-F]*$/.test(digits)) {
    return fail(
      'The key contains characters that are not hexadecimal; only 0–9 and a–f are allowed (an optional 0x prefix is fine).',
    );
  }
  if (digits.length !== HEX_DIGITS) {
    return fail(`The key must be ${HEX_DIGITS} hexadecimal characters; you entered ${digits.length}.`);
  }
  const value = BigInt(`0x${digits}`);
  if (value === 0n) return fail('The key cannot be zero.');
  if (value >= SECP256K1_ORDER) {
    return fail('The key is out of range: it must be below the secp256k1 curve order.');
  }
  const key: Hex = `0x${digits.toLowerCase()}`;
  return { ok: true, key, address: privateKeyToAccount(key).address };
}

function fail(message: string): ParsedPrivateKey {
  return { ok: false, message };
}
