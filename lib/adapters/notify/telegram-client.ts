import { splitMessage } from '../../core/notify/telegram-html';
import { operationalError, temporaryError, validationError } from '../../errors/app-error';
import { parseTelegramReply, type TelegramReply } from './telegram-reply';

export const TELEGRAM_API_BASE = 'https://api.telegram.org';

export interface TelegramClientOptions {
  /** Bot API base URL without a trailing slash (a local stub in tests). */
  baseUrl?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** A 429 asking to wait longer than this is not retried but reported. Default 30 s. */
  maxRetryAfterSeconds?: number;
  /** How many 429 waits one message may take. Default 2. */
  maxRetries?: number;
  timeoutMs?: number;
}

/**
 * The Bot API's sendMessage with HTML parse mode. The token sits in the URL path, so neither the
 * URL nor the fetch error (which may quote it) ever reaches an error message or a log line.
 */
export class TelegramClient {
  readonly #base: string;
  readonly #fetch: typeof fetch;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #maxRetryAfter: number;
  readonly #maxRetries: number;
  readonly #timeoutMs: number;

  constructor(options: TelegramClientOptions = {}) {
    this.#base = (options.baseUrl ?? TELEGRAM_API_BASE).replace(/\/+$/, '');
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.#maxRetryAfter = options.maxRetryAfterSeconds ?? 30;
    this.#maxRetries = options.maxRetries ?? 2;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
  }

  /** Sends `html` (split into ≤ 4096-character parts) to `chatId`. Throws an AppError on failure. */
  async sendMessage(token: string, chatId: string, html: string): Promise<void> {
    for (const part of splitMessage(html)) await this.#sendPart(token, chatId, part);
  }

  async #sendPart(token: string, chatId: string, text: string): Promise<void> {
    const body = JSON.stringify({
      chat_id: /^-?\d+$/.test(chatId) && Number.isSafeInteger(Number(chatId)) ? Number(chatId) : chatId,
      text,
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });
    for (let retry = 0; ; retry++) {
      const reply = await this.#post(`${this.#base}/bot${token}/sendMessage`, body);
      if (reply.httpStatus === 429) {
        const wait = reply.retryAfterSeconds ?? 1;
        if (retry < this.#maxRetries && wait <= this.#maxRetryAfter) {
          await this.#sleep(wait * 1000);
          continue;
        }
        throw temporaryError(`Telegram is limiting messages; it asks to wait ${wait} s.`, {
          code: 'telegram_rate_limited',
          status: 429,
          details: { retryAfterSeconds: wait },
        });
      }
      if (reply.ok) return;
      throw telegramError(reply);
    }
  }

  async #post(url: string, body: string): Promise<TelegramReply> {
    let response: Response;
    try {
      response = await this.#fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch {
      // No cause: a fetch error can quote the URL, and the URL holds the token.
      throw temporaryError('Telegram could not be reached.', { code: 'telegram_unreachable' });
    }
    const text = await response.text().catch(() => '');
    return parseTelegramReply(response.status, text, response.headers.get('retry-after'));
  }
}

function telegramError(reply: TelegramReply) {
  const remoteMessage = reply.description ?? undefined;
  const status = reply.httpStatus;
  if (status === 401 || status === 404) {
    return operationalError('Telegram rejected the bot token. Enter the token from @BotFather again.', {
      code: 'telegram_bad_token',
      status,
    });
  }
  if (status === 400 && /chat not found/i.test(reply.description ?? '')) {
    return validationError(
      'Telegram cannot find that chat. Send /start to your bot, then check the chat id.',
      {
        code: 'telegram_chat_not_found',
        status,
        remoteMessage,
      },
    );
  }
  if (status === 403) {
    return operationalError('The bot may not write to that chat (blocked, or not a member).', {
      code: 'telegram_forbidden',
      status,
      remoteMessage,
    });
  }
  return temporaryError('Telegram did not accept the message.', {
    code: 'telegram_failed',
    status,
    remoteMessage,
  });
}
