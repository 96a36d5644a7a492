import type { Micros } from '../model/money';

/**
 * What the bot tells the user about. Facts only (prices and money in micros, times in ms since
 * the epoch); wording lives in the formatters, delivery in the channels.
 */
export type TradingMode = 'paper' | 'live';
export type PositionSide = 'yes' | 'no';

interface MarketFacts {
  marketId: string;
  marketName: string;
  mode: TradingMode;
}

export interface EntryEvent extends MarketFacts {
  type: 'entry';
  positionId: string;
  /** Average fill prices per share (0 for a side a single-side strategy did not buy). */
  priceYes: Micros;
  priceNo: Micros;
  /** Collateral spent on both legs, fees included. */
  cost: Micros;
}

export interface LiquidationEvent extends MarketFacts {
  type: 'liquidation';
  positionId: string;
  /** The leg that was sold. */
  side: PositionSide;
  price: Micros;
  proceeds: Micros;
  /** Realised P&L of the sale against that leg's cost. */
  pnl: Micros;
}

export interface CloseEvent extends MarketFacts {
  type: 'close';
  positionId: string;
  /** Why it closed: 'take_profit', 'stop_loss', 'resolution', 'manual', 'kill_switch'… */
  reason: string;
  pnl: Micros;
}

export interface ErrorEvent {
  type: 'error';
  /** Stable machine code (AppError.code): errors with one code and scope are one storm. */
  code: string;
  /** Where it happened: 'scan', 'monitor', 'trading'… */
  scope: string;
  /** A message a person understands, already free of secrets. */
  message: string;
  mode: TradingMode | null;
  /**
   * The words inside `message` (a market's name, a pass error's English reason), so another
   * language's formatter can word the codes it knows ('entry_failed', 'pass_failed').
   */
  facts?: Readonly<Record<string, string>>;
}

export interface DailyLossBreakerEvent {
  type: 'daily_loss_breaker';
  /** Today's realised loss (a positive number of micros) and the configured limit. */
  loss: Micros;
  limit: Micros;
  mode: TradingMode;
}

/** Why live trading stopped by itself: what the wallet doctor approved no longer holds. */
export type LiveStopReason =
  | 'wallet_removed'
  | 'wallet_replaced'
  | 'signature_type_changed'
  | 'funder_changed'
  | 'endpoint_changed'
  | 'signer_changed';

export interface LiveStoppedEvent {
  type: 'live_stopped';
  reason: LiveStopReason;
}

export interface TestEvent {
  type: 'test';
  /** The channel being tested, for the message text. */
  channel: string;
}

export type NotificationEvent =
  | EntryEvent
  | LiquidationEvent
  | CloseEvent
  | ErrorEvent
  | DailyLossBreakerEvent
  | LiveStoppedEvent
  | TestEvent;

export type NotificationType = NotificationEvent['type'];

/**
 * The identity used for deduplication and browser notification ids: one position's entry is one
 * key, one error code in one scope is one key (so a storm of it collapses into one message).
 */
export function notificationKey(event: NotificationEvent): string {
  switch (event.type) {
    case 'entry':
    case 'liquidation':
    case 'close':
      return `${event.type}:${event.positionId}${event.type === 'liquidation' ? `:${event.side}` : ''}`;
    case 'error':
      return `error:${event.scope}:${event.code}`;
    case 'daily_loss_breaker':
      return 'daily_loss_breaker';
    case 'live_stopped':
      return `live_stopped:${event.reason}`;
    case 'test':
      return `test:${event.channel}`;
  }
}
