import { createHash } from 'node:crypto';

export interface ApiKey {
  apiKey: string;
  secret: string;
  passphrase: string;
  /** lower-case address */
  address: string;
  nonce: string;
}

/** API keys per (address, nonce), derived deterministically from both. */
export class ApiKeyStore {
  private readonly byAddressNonce = new Map<string, ApiKey>();
  private readonly byKey = new Map<string, ApiKey>();
  /**
   * When set, L2 headers whose POLY_TIMESTAMP is further than `toleranceSec` from the exchange's
   * clock (the one GET /time serves) are refused with 401, as the real CLOB refuses a skewed clock.
   */
  clockCheck: { nowSec: () => number; toleranceSec: number } | null = null;

  create(address: string, nonce: string): ApiKey | undefined {
    const id = `${address.toLowerCase()}:${nonce}`;
    if (this.byAddressNonce.has(id)) return undefined;
    const digest = createHash('sha256').update(`fake-polymarket:${id}`).digest();
    const hex = digest.toString('hex');
    const key: ApiKey = {
      apiKey: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`,
      secret: createHash('sha256').update(digest).digest('base64url').concat('='),
      passphrase: hex.slice(32, 64),
      address: address.toLowerCase(),
      nonce,
    };
    this.byAddressNonce.set(id, key);
    this.byKey.set(key.apiKey, key);
    return key;
  }

  derive(address: string, nonce: string): ApiKey | undefined {
    return this.byAddressNonce.get(`${address.toLowerCase()}:${nonce}`);
  }

  byApiKey(apiKey: string): ApiKey | undefined {
    return this.byKey.get(apiKey);
  }

  keysOf(address: string): ApiKey[] {
    return [...this.byKey.values()].filter((key) => key.address === address.toLowerCase());
  }
}
