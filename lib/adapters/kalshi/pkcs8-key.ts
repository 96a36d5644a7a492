import { validationError } from '../../errors/app-error';

/**
 * A Kalshi private key file → PKCS#8 DER for WebCrypto. Kalshi's UI downloads "RSA_PRIVATE_KEY"
 * files, reported to be PKCS#1 (`-----BEGIN RSA PRIVATE KEY-----`), which WebCrypto cannot import;
 * they are wrapped into PKCS#8 (`SEQUENCE { INTEGER 0, SEQUENCE { rsaEncryption OID, NULL },
 * OCTET STRING { pkcs1 } }`, byte-identical to `openssl pkcs8 -topk8 -nocrypt`, kalshi-api.md §2).
 * A `-----BEGIN PRIVATE KEY-----` file is PKCS#8 already. Errors never quote the key.
 */
const PEM = /-----BEGIN ((?:RSA )?PRIVATE KEY)-----([\s\S]*?)-----END \1-----/;
const RSA_ALGORITHM_IDENTIFIER = [
  0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
];

function badKey(reason: string): Error {
  return validationError(`This is not a Kalshi private key file (${reason}).`, {
    code: 'kalshi_key_invalid',
    details: { reason },
  });
}

function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return [0x80 | bytes.length, ...bytes];
}

function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) throw badKey('the PEM body is not base64');
  let binary: string;
  try {
    binary = atob(clean);
  } catch {
    throw badKey('the PEM body is not valid base64');
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Wraps a PKCS#1 RSAPrivateKey DER into a PKCS#8 PrivateKeyInfo DER. */
export function pkcs1ToPkcs8(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  const octetString = [0x04, ...derLength(pkcs1.length)];
  const bodyLength = 3 + RSA_ALGORITHM_IDENTIFIER.length + octetString.length + pkcs1.length;
  const head = [
    0x30,
    ...derLength(bodyLength),
    0x02,
    0x01,
    0x00,
    ...RSA_ALGORITHM_IDENTIFIER,
    ...octetString,
  ];
  const out = new Uint8Array(head.length + pkcs1.length);
  out.set(head, 0);
  out.set(pkcs1, head.length);
  return out;
}

/** PEM text (PKCS#1 or PKCS#8) → PKCS#8 DER bytes. */
export function pemToPkcs8(pem: string): Uint8Array<ArrayBuffer> {
  const match = PEM.exec(pem);
  if (!match) throw badKey('no "BEGIN PRIVATE KEY" or "BEGIN RSA PRIVATE KEY" block');
  const der = base64ToBytes(match[2] ?? '');
  return match[1] === 'RSA PRIVATE KEY' ? pkcs1ToPkcs8(der) : der;
}
