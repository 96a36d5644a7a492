import { validationError } from '../../errors/app-error';
import type { EncryptedSecrets } from '../vault/encrypted-secrets';

export const TELEGRAM_TOKEN_SECRET = 'telegram.botToken';

/** @BotFather's format: the bot's numeric id, a colon, then 30+ url-safe characters. */
const TOKEN_PATTERN = /^\d{5,16}:[A-Za-z0-9_-]{30,64}$/;

/** The Telegram bot token, kept encrypted (never a plain setting). */
export class TelegramTokenStore {
  constructor(private readonly secrets: EncryptedSecrets) {}

  /** Validates and stores a token (the vault must be unlocked). The message never repeats the token. */
  async set(token: string): Promise<void> {
    const trimmed = token.trim();
    if (!TOKEN_PATTERN.test(trimmed)) {
      throw validationError(
        'That does not look like a bot token from @BotFather (digits, a colon, then letters).',
        {
          code: 'telegram_invalid_token',
        },
      );
    }
    await this.secrets.store(TELEGRAM_TOKEN_SECRET, trimmed);
  }

  /** The token, or undefined when none is set or it cannot be read now (vault locked, stale). */
  async get(): Promise<string | undefined> {
    const read = await this.secrets.read(TELEGRAM_TOKEN_SECRET);
    return read.status === 'ok' ? read.value : undefined;
  }

  /** For the options page: 'ok' | 'missing' | 'locked' | 'stale' — never the token itself. */
  async status(): Promise<'ok' | 'missing' | 'locked' | 'stale'> {
    return (await this.secrets.read(TELEGRAM_TOKEN_SECRET)).status;
  }

  clear(): Promise<void> {
    return this.secrets.remove(TELEGRAM_TOKEN_SECRET);
  }
}
