import { ClobClient } from '@polymarket/clob-client-v2';

export type ClobClientOptions = ConstructorParameters<typeof ClobClient>[0];

/**
 * The CLOB client on the EXCHANGE's clock. Authenticated requests (L1 and L2 headers) carry a
 * timestamp the server checks against its own clock, so a computer clock that drifted turns every
 * order into a 401 ("trading not allowed"). This client switches on the client's server-time option
 * and answers it with the local clock plus an offset measured once from `GET /time`, instead of
 * one extra request before every authenticated call. The live exchange and the wallet doctor both
 * use it. Until the offset could be measured (no answer, or an error with throwOnError) the local
 * clock is used, and it is measured again next time.
 */
export class ExchangeClockClient extends ClobClient {
  #offsetMs: number | null = null;
  readonly #now: () => number;

  constructor(options: ClobClientOptions, now: () => number = Date.now) {
    super({ ...options, useServerTime: true });
    this.#now = now;
  }

  override async getServerTime(): Promise<number> {
    if (this.#offsetMs === null) {
      const before = this.#now();
      const server: unknown = await super.getServerTime().catch(() => null);
      if (typeof server !== 'number' || !Number.isFinite(server)) return Math.floor(this.#now() / 1000);
      // The server's whole second was read somewhere during the request: take the middle.
      this.#offsetMs = server * 1000 + 500 - Math.round((before + this.#now()) / 2);
    }
    return Math.floor((this.#now() + this.#offsetMs) / 1000);
  }
}
