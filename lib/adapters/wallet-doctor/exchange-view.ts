import { z } from 'zod';
import { POLYGON_CONTRACTS } from '../../core/model/polygon-contracts';
import { type ExchangeViewFact, SPENDERS, type Spender } from '../../core/wallet-doctor/wallet-facts';

const answerSchema = z.object({
  balance: z.string().regex(/^\d+$/),
  allowances: z.record(z.string(), z.string()).optional(),
  /** Older single-allowance shape (clob-client 5.x types). */
  allowance: z.string().optional(),
});

const toBigint = (v: string | undefined): bigint | null =>
  v !== undefined && /^\d+$/.test(v) ? BigInt(v) : null;

/** GET /balance-allowance (COLLATERAL) → balance and the allowance per spender, by address. */
export function exchangeViewOf(answer: unknown): ExchangeViewFact {
  const parsed = answerSchema.safeParse(answer);
  if (!parsed.success) throw new Error('the exchange answered an unexpected balance/allowance');
  const byAddress = new Map(
    Object.entries(parsed.data.allowances ?? {}).map(([address, value]) => [address.toLowerCase(), value]),
  );
  const allowance = (spender: Spender): bigint | null => {
    const listed = byAddress.get(POLYGON_CONTRACTS[spender].toLowerCase());
    if (listed !== undefined) return toBigint(listed);
    return spender === 'exchange' ? toBigint(parsed.data.allowance) : null;
  };
  return {
    balanceMicros: BigInt(parsed.data.balance),
    allowances: Object.fromEntries(SPENDERS.map((s) => [s, allowance(s)])) as Record<Spender, bigint | null>,
  };
}
