import type { CtfOperations, CtfOutcome, CtfProvider, CtfRequest } from '../../../lib/app/ports/ctf-port';
import type { Payouts } from '../../../lib/core/ctf/redeem-payout';
import type { Market } from '../../../lib/core/model/market';
import type { Micros } from '../../../lib/core/model/money';

type Planned =
  | { status: 'done' }
  | { status: 'refused'; code: string; message: string }
  | { status: 'pending' };

/**
 * A small CtfOperations that behaves as the port's contract says, for the redeem service until the
 * paper and live implementations are wired: payouts are null until the test resolves the condition
 * on "chain"; a redeem burns both whole balances and pays numerator/denominator per share (rounded
 * down per side); `refused` changes nothing; `pending` settles only through `reconcile`.
 */
export class CtfDouble implements CtfOperations {
  readonly mode = 'live' as const;
  /** The redeems sent (a pending one asked again is not sent twice). */
  readonly redeems: CtfRequest[] = [];
  readonly #payouts = new Map<string, Payouts>();
  readonly #balances = new Map<string, { yes: Micros; no: Micros }>();
  readonly #pending = new Map<string, { request: CtfRequest; intentId: string }>();
  #next: Planned[] = [];
  #n = 0;
  /** Pending redeems `reconcile` may finish (false: the chain still has not said). */
  minedOnReconcile = false;
  collateral: Micros = 0;

  hold(conditionId: string, yes: Micros, no: Micros): void {
    this.#balances.set(conditionId, { yes, no });
  }
  resolveOnChain(conditionId: string, payouts: Payouts): void {
    this.#payouts.set(conditionId, payouts);
  }
  /** The outcomes of the next redeems, in order (default: done). */
  plan(...outcomes: Planned[]): void {
    this.#next = outcomes;
  }

  provider(): CtfProvider {
    return async () => this;
  }

  async gas() {
    return { kind: 'relayer' as const };
  }
  async split(): Promise<CtfOutcome> {
    throw new Error('split is not part of this test');
  }
  async merge(): Promise<CtfOutcome> {
    throw new Error('merge is not part of this test');
  }
  async payouts(market: Market): Promise<Payouts | null> {
    return this.#payouts.get(market.conditionId) ?? null;
  }

  async redeem(request: CtfRequest): Promise<CtfOutcome> {
    // Idempotent per (positionId, op), as the port says: a redeem still pending is answered, not sent again.
    const waiting = [...this.#pending.values()].find((p) => p.request.positionId === request.positionId);
    if (waiting) return { status: 'pending', intentId: waiting.intentId };
    this.redeems.push(request);
    const intentId = `ctf-${++this.#n}`;
    const planned = this.#next.shift() ?? { status: 'done' };
    if (planned.status === 'refused')
      return { status: 'refused', intentId, code: planned.code, message: planned.message };
    if (planned.status === 'pending') {
      this.#pending.set(intentId, { request, intentId });
      return { status: 'pending', intentId };
    }
    return this.#mine(request, intentId);
  }

  async reconcile() {
    if (!this.minedOnReconcile) return [];
    const done = [...this.#pending.values()].map(({ request, intentId }) => ({
      positionId: request.positionId,
      op: 'redeem' as const,
      outcome: this.#mine(request, intentId),
    }));
    this.#pending.clear();
    return done;
  }

  #mine(request: CtfRequest, intentId: string): CtfOutcome {
    const payouts = this.#payouts.get(request.market.conditionId);
    const held = this.#balances.get(request.market.conditionId) ?? { yes: 0, no: 0 };
    if (!payouts) {
      return {
        status: 'refused',
        intentId,
        code: 'not_resolved',
        message: 'result for condition not received yet',
      };
    }
    const [a, b] = payouts;
    const den = a + b;
    const paid = Number((BigInt(held.yes) * a) / den) + Number((BigInt(held.no) * b) / den);
    this.#balances.set(request.market.conditionId, { yes: 0, no: 0 });
    this.collateral += paid;
    return {
      status: 'done',
      intentId,
      txHash: `0x${intentId.replace(/\D/g, '').padStart(64, '0')}`,
      delta: { collateral: paid, yesShares: -held.yes, noShares: -held.no, gasPaid: 0 },
    };
  }
}
