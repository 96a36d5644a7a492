import { getAddress, isAddress } from 'viem';
import { z } from 'zod';
import { apiCredentialsSchema } from './api-credentials';
import { sealedBlobSchema } from './sealed-blob';

const addressSchema = z
  .string()
  .refine((value) => isAddress(value))
  .transform((value) => getAddress(value));

/** What the vault persists: encrypted blobs and non-secret metadata only. */
export const vaultRecordSchema = z.object({
  version: z.literal(1),
  address: addressSchema,
  createdAt: z.number().int().nonnegative(),
  keyBlob: sealedBlobSchema,
  /** Sealed with the same derived key as `keyBlob` (same salt, own IV). */
  apiBlob: sealedBlobSchema.optional(),
});
export type VaultRecord = z.infer<typeof vaultRecordSchema>;

/** Failed unlocks, persisted so that restarting the worker does not reset the delay. */
export const unlockAttemptsSchema = z.object({
  failures: z.number().int().nonnegative(),
  lastFailureAt: z.number().nullable(),
});
export type UnlockAttempts = z.infer<typeof unlockAttemptsSchema>;
export const NO_ATTEMPTS: UnlockAttempts = { failures: 0, lastFailureAt: null };

/** The unlocked material, kept for the browser session only (memory + storage.session). */
export const unlockedSessionSchema = z.object({
  address: addressSchema,
  privateKey: z.string().regex(/^0x[0-9a-f]{64}$/) as z.ZodType<`0x${string}`>,
  apiCredentials: apiCredentialsSchema.nullable(),
  /** The PBKDF2 output (base64) with its salt and iterations: seals new data without the passphrase. */
  boxKey: z.string(),
  salt: z.string(),
  iterations: z.number().int().positive(),
  /** Auto-lock deadline (ms since epoch); null when auto-lock is off. */
  deadline: z.number().nullable(),
});
export type UnlockedSession = z.infer<typeof unlockedSessionSchema>;
