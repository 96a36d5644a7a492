import { z } from 'zod';

/**
 * Polymarket's relayer (polymarket-ctf.md §6): it executes calls for proxy (PROXY), Safe (SAFE) and
 * deposit-wallet (WALLET) accounts and pays their gas. Authenticated with a Relayer API key
 * (`RELAYER_API_KEY` + `RELAYER_API_KEY_ADDRESS` headers; builder HMAC keys need a server and are not
 * used from a browser extension). `/submit` answers a transaction id and no hash; the hash comes with
 * STATE_CONFIRMED. The key is a secret: it is sent only as a header and never appears in an error.
 */
export type RelayType = 'PROXY' | 'SAFE' | 'WALLET';

export interface RelayerAuth {
  apiKey: string;
  /** The address the key was issued to. */
  address: string;
}

export const relayParamsSchema = z.object({
  /** The relay address PROXY requests are signed for (absent for SAFE / WALLET). */
  address: z.string().optional(),
  nonce: z.union([z.string(), z.number()]).transform(String),
});

const submitAnswerSchema = z.object({
  transactionID: z.string().optional(),
  transactionId: z.string().optional(),
  state: z.string().optional(),
});

const relayTxSchema = z.object({
  transactionID: z.string().optional(),
  transactionId: z.string().optional(),
  state: z.string(),
  transactionHash: z.string().nullish(),
  errorMsg: z.string().nullish(),
});

export type RelayErrorKind = 'busy' | 'nonce' | 'refused' | 'auth' | 'unavailable';

/** A relayer answer other than success, with the relayer's own words. */
export class RelayerError extends Error {
  constructor(
    readonly kind: RelayErrorKind,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'RelayerError';
  }
}

function kindOf(status: number, message: string): RelayErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 429 || status >= 500) return 'unavailable';
  if (/wallet busy|in-flight action/i.test(message)) return 'busy';
  if (/batch nonce\s+\d+\s+does not match/i.test(message)) return 'nonce';
  return 'refused';
}

export interface RelayerClientOptions {
  baseUrl: string;
  auth: RelayerAuth;
  fetch?: typeof fetch;
}

export class RelayerClient {
  readonly #fetch: typeof fetch;

  constructor(private readonly options: RelayerClientOptions) {
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
  }

  async #call(path: string, init: RequestInit = {}): Promise<unknown> {
    const url = new URL(
      path,
      this.options.baseUrl.endsWith('/') ? this.options.baseUrl : `${this.options.baseUrl}/`,
    );
    const headers = {
      'content-type': 'application/json',
      RELAYER_API_KEY: this.options.auth.apiKey,
      RELAYER_API_KEY_ADDRESS: this.options.auth.address,
    };
    let response: Response;
    try {
      response = await this.#fetch(url, { ...init, headers });
    } catch (error) {
      throw new RelayerError('unavailable', 0, `relayer unreachable: ${String(error).slice(0, 200)}`);
    }
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    if (!response.ok) {
      const said =
        body && typeof body === 'object' && 'error' in body
          ? String((body as { error: unknown }).error)
          : text;
      const message = said.slice(0, 300) || `HTTP ${response.status}`;
      throw new RelayerError(kindOf(response.status, message), response.status, message);
    }
    return body;
  }

  /** The wallet nonce (and, for PROXY, the relay address) a new request must be signed with. */
  async params(signer: string, type: RelayType): Promise<z.output<typeof relayParamsSchema>> {
    const q = new URLSearchParams({ address: signer, type });
    return relayParamsSchema.parse(await this.#call(`v1/account/transactions/params?${q}`));
  }

  /** Submit a signed request: the relayer's transaction id (no hash yet). */
  async submit(request: string): Promise<{ transactionId: string; state: string }> {
    const answer = submitAnswerSchema.parse(await this.#call('submit', { method: 'POST', body: request }));
    const transactionId = answer.transactionID ?? answer.transactionId;
    if (!transactionId)
      throw new RelayerError('unavailable', 200, 'relayer answered without a transaction id');
    return { transactionId, state: answer.state ?? 'STATE_NEW' };
  }

  /** Where a submitted transaction stands. */
  async transaction(
    transactionId: string,
  ): Promise<{ state: string; transactionHash: string | null; errorMsg: string | null }> {
    const raw = await this.#call(`v1/account/transactions/${encodeURIComponent(transactionId)}`);
    const tx = relayTxSchema.parse(Array.isArray(raw) ? raw[0] : raw);
    return { state: tx.state, transactionHash: tx.transactionHash ?? null, errorMsg: tx.errorMsg ?? null };
  }
}
