import type { CtfDelta, CtfOperations, CtfOpKind, CtfOutcome, CtfRequest } from '../../app/ports/ctf-port';
import { type GasPayment, gasCostMicros } from '../../core/ctf/gas-cost';
import { modelledGas, paysOwnGas } from '../../core/ctf/gas-model';
import { type Payouts, planRedeem } from '../../core/ctf/redeem-payout';
import type { Market } from '../../core/model/market';
import type { Micros } from '../../core/model/money';
import type { Settings } from '../../settings/schema';
import type { PaperAccount } from './paper-account';
import type { PaperExchange } from './paper-exchange';

export interface PaperCtfDeps {
  /** The paper wallet: operations go through its queue, with its fills. */
  exchange: PaperExchange;
  clock: { now: () => number };
  settings: () => Promise<Settings>;
}

type Applied = Extract<CtfOutcome, { status: 'done' }>;

const refused = (code: string, message: string): CtfOutcome => ({
  status: 'refused',
  intentId: null,
  code,
  message,
});

/** The order-log key under which the paper exchange's settleResolution pays a resolved position. */
const resolutionKey = (positionId: string) => `paper-resolution-${positionId}`;

function setShares(account: PaperAccount, tokenId: string, shares: Micros) {
  if (shares > 0) account.shares[tokenId] = shares;
  else delete account.shares[tokenId];
}

/**
 * The CTF operations on the paper wallet, applied at once: a split takes N pUSD (+ the modelled gas
 * of a plain wallet; 0 through the relayer) and gives N YES + N NO; a merge the reverse; a redeem pays
 * the resolved payouts of every share of the market held. Each operation is keyed by position and
 * kind and applied once: asked again, it answers the first outcome (the port's idempotency). A
 * redeem and the exchange's settleResolution share one key, so a resolved position is paid once.
 */
export class PaperCtf implements CtfOperations {
  readonly mode = 'paper' as const;

  constructor(private readonly deps: PaperCtfDeps) {}

  async gas(op: CtfOpKind, market?: Market): Promise<GasPayment> {
    const settings = await this.deps.settings();
    return modelledGas(op, market?.negRisk ?? false, paysOwnGas(settings.wallet.signatureType));
  }

  async split(request: CtfRequest): Promise<CtfOutcome> {
    const gas = gasCostMicros(await this.gas('split', request.market));
    const { amount, market } = request;
    if (!Number.isInteger(amount) || amount <= 0)
      return refused('ctf_bad_amount', `Nothing to split (${amount}).`);
    return this.#apply(`split-${request.positionId}`, (account) => {
      if (account.collateral < amount + gas) {
        return refused(
          'ctf_not_enough_collateral',
          `Splitting ${amount / 1e6} pairs needs ${(amount + gas) / 1e6} pUSD; the paper balance holds ${account.collateral / 1e6}.`,
        );
      }
      account.collateral -= amount + gas;
      setShares(account, market.yes.tokenId, (account.shares[market.yes.tokenId] ?? 0) + amount);
      setShares(account, market.no.tokenId, (account.shares[market.no.tokenId] ?? 0) + amount);
      return { collateral: -(amount + gas), yesShares: amount, noShares: amount, gasPaid: gas };
    });
  }

  async merge(request: CtfRequest): Promise<CtfOutcome> {
    const gas = gasCostMicros(await this.gas('merge', request.market));
    const { amount, market } = request;
    if (!Number.isInteger(amount) || amount <= 0)
      return refused('ctf_bad_amount', `Nothing to merge (${amount}).`);
    return this.#apply(`merge-${request.positionId}`, (account) => {
      const yes = account.shares[market.yes.tokenId] ?? 0;
      const no = account.shares[market.no.tokenId] ?? 0;
      if (yes < amount || no < amount) {
        return refused(
          'ctf_not_enough_pairs',
          `Merging ${amount / 1e6} pairs needs as many YES and NO shares; the paper wallet holds ${yes / 1e6} YES and ${no / 1e6} NO.`,
        );
      }
      if (account.collateral + amount < gas) {
        return refused('ctf_not_enough_collateral', 'The paper balance cannot pay the gas of this merge.');
      }
      setShares(account, market.yes.tokenId, yes - amount);
      setShares(account, market.no.tokenId, no - amount);
      account.collateral += amount - gas;
      return { collateral: amount - gas, yesShares: -amount, noShares: -amount, gasPaid: gas };
    });
  }

  async redeem(request: CtfRequest): Promise<CtfOutcome> {
    const { market } = request;
    const payouts = await this.payouts(market);
    const gas = gasCostMicros(await this.gas('redeem', market));
    return this.#apply(`redeem-${request.positionId}`, (account) => {
      if (account.orders.some((o) => o.clientKey === resolutionKey(request.positionId))) {
        // Already paid by the exchange's settleResolution: nothing left to redeem for this position.
        return { collateral: 0, yesShares: 0, noShares: 0, gasPaid: 0 };
      }
      const yes = account.shares[market.yes.tokenId] ?? 0;
      const no = account.shares[market.no.tokenId] ?? 0;
      const plan = planRedeem({ yesShares: yes, noShares: no, payouts, negRisk: market.negRisk });
      if (plan.status === 'unresolved')
        return refused('ctf_not_resolved', 'This market is not resolved yet: nothing can be redeemed.');
      if (plan.status === 'invalid-payouts') return refused('ctf_invalid_payouts', plan.detail);
      if (plan.status === 'nothing-held')
        return refused('ctf_nothing_held', 'No share of this market is held.');
      setShares(account, market.yes.tokenId, 0);
      setShares(account, market.no.tokenId, 0);
      account.collateral += plan.payout - gas;
      const now = this.deps.clock.now();
      // The same key as settleResolution: the resolution is never paid a second time.
      account.orders.push({
        clientKey: resolutionKey(request.positionId),
        tokenId: market.yes.tokenId,
        result: {
          status: 'filled',
          orderId: resolutionKey(request.positionId),
          filledShares: yes + no,
          filledAmount: plan.payout,
          avgPrice: 0,
          fee: gas,
          transactionHash: null,
        },
        at: now,
      });
      return { collateral: plan.payout - gas, yesShares: -yes, noShares: -no, gasPaid: gas };
    });
  }

  async payouts(market: Market): Promise<Payouts | null> {
    if (market.resolvedOutcome === null) return null;
    return market.resolvedOutcome === 0 ? [1n, 0n] : [0n, 1n];
  }

  async reconcile() {
    // Paper operations are applied at once: nothing is ever left pending.
    return [];
  }

  /** Apply once per key: a known key answers its recorded delta and changes nothing. */
  #apply(key: string, run: (account: PaperAccount) => CtfDelta | CtfOutcome): Promise<CtfOutcome> {
    const intentId = `paper-ctf-${key}`;
    return this.deps.exchange.update((account) => {
      const known = account.ctfOps.find((op) => op.key === key);
      if (known) {
        const { collateral, yesShares, noShares, gasPaid } = known;
        const delta = { collateral, yesShares, noShares, gasPaid };
        return { save: false, value: { status: 'done', intentId, txHash: null, delta } as Applied };
      }
      const result = run(account);
      if ('status' in result) return { save: false, value: result };
      account.ctfOps.push({ key, ...result, at: this.deps.clock.now() });
      return { save: true, value: { status: 'done', intentId, txHash: null, delta: result } as Applied };
    });
  }
}
