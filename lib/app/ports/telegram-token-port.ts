/**
 * The Telegram bot token, write-only from the pages (lib/adapters/notify/telegram-token.ts keeps it
 * encrypted). Its status never carries the token.
 */
export interface TelegramToken {
  /** Validates and stores a token. */
  set(token: string): Promise<void>;
  status(): Promise<'ok' | 'missing' | 'locked' | 'stale'>;
  clear(): Promise<void>;
}
