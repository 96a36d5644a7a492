import { z } from 'zod';

/** Polymarket CLOB L2 credentials (polymarket-api.md §3): all three are needed to sign requests. */
export const apiCredentialsSchema = z.object({
  /** The API key id (a UUID). */
  key: z.string().trim().min(1),
  /** base64 or base64url HMAC secret. */
  secret: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9+/_-]+={0,2}$/),
  passphrase: z.string().trim().min(1),
});

export type ApiCredentials = z.infer<typeof apiCredentialsSchema>;
