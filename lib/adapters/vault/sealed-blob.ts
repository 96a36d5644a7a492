import { z } from 'zod';
import { BASE64_PATTERN, base64ToBytes } from './base64';

export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** OWASP 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const DEFAULT_ITERATIONS = 600_000;
/** Refuses absurd counts written into storage (a tampered blob must not hang the worker). */
export const MAX_ITERATIONS = 10_000_000;

const base64OfLength = (bytes: number) =>
  z.string().refine((text) => BASE64_PATTERN.test(text) && base64ToBytes(text).length === bytes);

/** A passphrase-encrypted string, versioned and JSON-serialisable (safe to persist). */
export const sealedBlobSchema = z.object({
  v: z.literal(1),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(1).max(MAX_ITERATIONS),
  salt: base64OfLength(SALT_BYTES),
  iv: base64OfLength(IV_BYTES),
  /** AES-GCM-256 output: ciphertext followed by the 16-byte tag. */
  ciphertext: z.string().min(24).regex(BASE64_PATTERN),
});

export type SealedBlob = z.infer<typeof sealedBlobSchema>;
