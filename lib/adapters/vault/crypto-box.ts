import { validationError } from '../../errors/app-error';
import { base64ToBytes, bytesToBase64 } from './base64';
import { DEFAULT_ITERATIONS, IV_BYTES, SALT_BYTES, type SealedBlob, sealedBlobSchema } from './sealed-blob';

/**
 * Passphrase encryption with WebCrypto only (MV3 worker and Node 20): PBKDF2-SHA256 → AES-GCM-256.
 * A "box key" is the 32 raw bytes PBKDF2 derives; keeping it (instead of the passphrase) lets an
 * unlocked vault seal more data without asking for the passphrase again.
 */
export type RandomBytes = (length: number) => Uint8Array<ArrayBuffer>;

export interface BoxKey {
  bytes: Uint8Array<ArrayBuffer>;
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
}

export const defaultRandomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

const WRONG_OR_DAMAGED = 'Wrong passphrase, or the vault data is damaged.';
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export async function deriveBoxKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<BoxKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    256,
  );
  return { bytes: new Uint8Array(bits), salt, iterations };
}

/** Derives a box key with a fresh random salt. */
export function newBoxKey(
  passphrase: string,
  iterations = DEFAULT_ITERATIONS,
  random: RandomBytes = defaultRandomBytes,
): Promise<BoxKey> {
  return deriveBoxKey(passphrase, random(SALT_BYTES), iterations);
}

export async function sealWithKey(
  plaintext: string,
  key: BoxKey,
  random: RandomBytes = defaultRandomBytes,
): Promise<SealedBlob> {
  const iv = random(IV_BYTES);
  const aes = await importAes(key.bytes, 'encrypt');
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, encoder.encode(plaintext));
  return {
    v: 1,
    kdf: 'PBKDF2-SHA256',
    iterations: key.iterations,
    salt: bytesToBase64(key.salt),
    iv: bytesToBase64(iv),
    ciphertext: bytesToBase64(new Uint8Array(ciphertext)),
  };
}

/** Encrypts with a fresh salt and IV. */
export async function seal(
  plaintext: string,
  passphrase: string,
  options: { iterations?: number; random?: RandomBytes } = {},
): Promise<SealedBlob> {
  const key = await newBoxKey(passphrase, options.iterations, options.random);
  return sealWithKey(plaintext, key, options.random);
}

/** Decrypts with an already derived key; the blob must have been sealed with the same salt. */
export async function openWithKey(blob: unknown, key: BoxKey): Promise<string> {
  const parsed = parseBlob(blob);
  if (parsed.salt !== bytesToBase64(key.salt) || parsed.iterations !== key.iterations) throw wrongOrDamaged();
  return decrypt(parsed, key.bytes);
}

export async function open(blob: unknown, passphrase: string): Promise<string> {
  const parsed = parseBlob(blob);
  const key = await deriveBoxKey(passphrase, base64ToBytes(parsed.salt), parsed.iterations);
  return decrypt(parsed, key.bytes);
}

/** Derives the key a blob was sealed with (to open several blobs sharing one salt). */
export function deriveKeyForBlob(blob: unknown, passphrase: string): Promise<BoxKey> {
  const parsed = parseBlob(blob);
  return deriveBoxKey(passphrase, base64ToBytes(parsed.salt), parsed.iterations);
}

async function decrypt(blob: SealedBlob, keyBytes: Uint8Array<ArrayBuffer>): Promise<string> {
  try {
    const aes = await importAes(keyBytes, 'decrypt');
    const iv = base64ToBytes(blob.iv);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, aes, base64ToBytes(blob.ciphertext));
    return decoder.decode(plain);
  } catch {
    // The crypto error says nothing useful to a person and must not leak into logs.
    throw wrongOrDamaged();
  }
}

function parseBlob(blob: unknown): SealedBlob {
  const result = sealedBlobSchema.safeParse(blob);
  if (!result.success) throw wrongOrDamaged();
  return result.data;
}

function importAes(bytes: Uint8Array<ArrayBuffer>, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, [usage]);
}

function wrongOrDamaged() {
  return validationError(WRONG_OR_DAMAGED, { code: 'wrong_passphrase' });
}
