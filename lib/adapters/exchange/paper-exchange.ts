import type {
  Exchange,
  MarketData,
  OrderRequest,
  OrderResult,
  PreparedOrder,
  ResolutionSettlement,
} from '../../app/ports/exchange-port';
import { divMicros, type Micros } from '../../core/model/money';
import { operationalError } from '../../errors/app-error';
import type { Clock } from '../../ports';
import type { Store } from '../storage/store';
import {
  freshPaperAccount,
  PAPER_ACCOUNT_KEY,
  PAPER_ORDER_LOG_SIZE,
  type PaperAccount,
  paperAccountSchema,
} from './paper-account';
import { simulatePaperFill } from './paper-fill';

/** A walk that took no shares is never a fill (the exchange would have killed the order). */
const NOTHING_MATCHED = {
  kind: 'validation',
  code: 'fak_no_match',
  message: 'no orders found to match with FAK order.',
} as const;

export interface PaperExchangeDeps {
  store: Pick<Store, 'runtime'>;
  marketData: Pick<MarketData, 'books'>;
  clock: Clock;
  /** Balance of a new (or reset) paper wallet, in micros. */
  startingBalance: () => Promise<Micros>;
}

/**
 * Paper trading as just another exchange: fills walk the real book fetched at the moment of the
 * order, charge the market's taker fee, and move a paper wallet kept in the store together with the
 * order log (one write per order, so a killed worker never half-applies a fill).
 */
export class PaperExchange implements Exchange {
  readonly mode = 'paper' as const;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: PaperExchangeDeps) {}

  async prepare(request: OrderRequest, keyHint: string): Promise<PreparedOrder> {
    return { clientKey: `paper-${keyHint}`, request, payload: null };
  }

  send(order: PreparedOrder): Promise<OrderResult> {
    return this.#serial(async () => {
      const { request } = order;
      const [book] = await this.deps.marketData.books([request.tokenId]);
      if (!book) {
        throw operationalError('No order book for this outcome: the market may have closed.', {
          code: 'no_book',
          details: { tokenId: request.tokenId },
        });
      }
      const account = await this.account();
      const fill = simulatePaperFill(book, request, account);
      const result: OrderResult =
        fill.ok && fill.walk.shares > 0
          ? {
              status: 'filled',
              orderId: order.clientKey,
              filledShares: fill.walk.shares,
              filledAmount: fill.walk.notional,
              avgPrice: fill.walk.vwap ?? request.limitPrice,
              fee: fill.fee,
              transactionHash: null,
            }
          : fill.ok
            ? { status: 'rejected', orderId: order.clientKey, error: NOTHING_MATCHED }
            : { ...fill.result, orderId: order.clientKey };
      if (result.status === 'filled') applyToWallet(account, request, result);
      account.orders.push({
        clientKey: order.clientKey,
        tokenId: request.tokenId,
        result,
        at: this.deps.clock.now(),
      });
      if (account.orders.length > PAPER_ORDER_LOG_SIZE)
        account.orders.splice(0, account.orders.length - PAPER_ORDER_LOG_SIZE);
      await this.deps.store.runtime.set(PAPER_ACCOUNT_KEY, account);
      return result;
    });
  }

  /** The payout of a resolved market back into the paper balance; its shares leave the wallet. */
  settleResolution(settlement: ResolutionSettlement): Promise<void> {
    return this.#serial(async () => {
      const account = await this.account();
      const key = `paper-${settlement.key}`;
      if (account.orders.some((o) => o.clientKey === key)) return;
      let paid = 0;
      for (const leg of settlement.legs) {
        const left = (account.shares[leg.tokenId] ?? 0) - leg.shares;
        if (left > 0) account.shares[leg.tokenId] = left;
        else delete account.shares[leg.tokenId];
        paid += leg.payout;
      }
      account.collateral += paid;
      const shares = settlement.legs.reduce((sum, leg) => sum + leg.shares, 0);
      const result: OrderResult = {
        status: 'filled',
        orderId: key,
        filledShares: shares,
        filledAmount: paid,
        avgPrice: shares > 0 ? divMicros(paid, shares) : 0,
        fee: 0,
        transactionHash: null,
      };
      const tokenId = settlement.legs[0]?.tokenId ?? '';
      account.orders.push({ clientKey: key, tokenId, result, at: this.deps.clock.now() });
      if (account.orders.length > PAPER_ORDER_LOG_SIZE)
        account.orders.splice(0, account.orders.length - PAPER_ORDER_LOG_SIZE);
      await this.deps.store.runtime.set(PAPER_ACCOUNT_KEY, account);
    });
  }

  /**
   * Change the paper wallet in the same queue as the fills (the paper CTF operations use it): `fn`
   * mutates the account and says whether to save it; one write, so a killed worker never half-applies.
   */
  update<T>(fn: (account: PaperAccount) => { save: boolean; value: T }): Promise<T> {
    return this.#serial(async () => {
      const account = await this.account();
      const { save, value } = fn(account);
      if (save) await this.deps.store.runtime.set(PAPER_ACCOUNT_KEY, account);
      return value;
    });
  }

  async findOrder(clientKey: string): Promise<OrderResult | null> {
    const account = await this.account();
    return account.orders.find((o) => o.clientKey === clientKey)?.result ?? null;
  }

  async balance(): Promise<Micros> {
    return (await this.account()).collateral;
  }

  /** Shares of one token in the paper wallet. */
  async shares(tokenId: string): Promise<Micros> {
    return (await this.account()).shares[tokenId] ?? 0;
  }

  /** Start over with the starting balance, no shares and an empty order log. */
  reset(): Promise<PaperAccount> {
    return this.#serial(async () => {
      const account = freshPaperAccount(await this.deps.startingBalance());
      await this.deps.store.runtime.set(PAPER_ACCOUNT_KEY, account);
      return account;
    });
  }

  async account(): Promise<PaperAccount> {
    const stored = await this.deps.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema);
    return stored ?? freshPaperAccount(await this.deps.startingBalance());
  }

  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

function applyToWallet(
  account: PaperAccount,
  request: OrderRequest,
  fill: Extract<OrderResult, { status: 'filled' }>,
): void {
  const held = account.shares[request.tokenId] ?? 0;
  if (request.side === 'BUY') {
    account.collateral -= fill.filledAmount + fill.fee;
    account.shares[request.tokenId] = held + fill.filledShares;
  } else {
    account.collateral += fill.filledAmount - fill.fee;
    const left = held - fill.filledShares;
    if (left > 0) account.shares[request.tokenId] = left;
    else delete account.shares[request.tokenId];
  }
}
