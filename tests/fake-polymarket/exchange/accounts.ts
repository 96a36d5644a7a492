import { ONE } from './micro-units.ts';

export interface Position {
  tokenId: string;
  /** shares, micro */
  size: bigint;
  /** collateral paid for the shares currently held, micro (for avgPrice) */
  costBasis: bigint;
  /** collateral spent on buys over time, micro */
  totalBought: bigint;
  realizedPnl: bigint;
}

export interface Account {
  /** lower-case address */
  address: string;
  /** pUSD balance, micro */
  collateral: bigint;
  positions: Map<string, Position>;
  /** traded notional, micro (leaderboard) */
  volume: bigint;
}

/** Collateral and outcome-token balances per address. */
export class AccountStore {
  private readonly accounts = new Map<string, Account>();

  constructor(private readonly initialCollateral: bigint) {}

  get(address: string): Account {
    const key = address.toLowerCase();
    let account = this.accounts.get(key);
    if (!account) {
      account = { address: key, collateral: this.initialCollateral, positions: new Map(), volume: 0n };
      this.accounts.set(key, account);
    }
    return account;
  }

  all(): Account[] {
    return [...this.accounts.values()];
  }

  /** Test helper: set the pUSD balance (in dollars). */
  setCollateral(address: string, dollars: number): void {
    this.get(address).collateral = BigInt(Math.round(dollars * 1e6));
  }

  /** Test helper: set a position (shares at an average price). */
  setPosition(address: string, tokenId: string, shares: number, avgPrice: number): void {
    const size = BigInt(Math.round(shares * 1e6));
    const costBasis = (size * BigInt(Math.round(avgPrice * 1e6))) / ONE;
    this.position(address, tokenId).size = size;
    this.position(address, tokenId).costBasis = costBasis;
  }

  position(address: string, tokenId: string): Position {
    const account = this.get(address);
    let position = account.positions.get(tokenId);
    if (!position) {
      position = { tokenId, size: 0n, costBasis: 0n, totalBought: 0n, realizedPnl: 0n };
      account.positions.set(tokenId, position);
    }
    return position;
  }

  /** Apply a fill to one party: BUY pays `cost` and receives `shares`; SELL the reverse. Fee in collateral. */
  settle(
    address: string,
    tokenId: string,
    side: 'BUY' | 'SELL',
    shares: bigint,
    cost: bigint,
    fee: bigint,
  ): void {
    const account = this.get(address);
    const position = this.position(address, tokenId);
    account.volume += cost;
    if (side === 'BUY') {
      account.collateral -= cost + fee;
      position.size += shares;
      position.costBasis += cost;
      position.totalBought += cost;
      return;
    }
    const basis = position.size > 0n ? (position.costBasis * shares) / position.size : 0n;
    account.collateral += cost - fee;
    position.size -= shares;
    position.costBasis -= basis;
    position.realizedPnl += cost - fee - basis;
  }
}
