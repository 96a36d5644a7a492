import type { TelegramToken } from '../../app/ports/telegram-token-port';
import { validationError } from '../../errors/app-error';
import type { DeviceSealedSecrets } from '../vault/device-key';
import type { EncryptedSecrets, SecretRead } from '../vault/encrypted-secrets';

export const TELEGRAM_TOKEN_SECRET = 'telegram.botToken';

/** @BotFather's format: the bot's numeric id, a colon, then 30+ url-safe characters. */
const TOKEN_PATTERN = /^\d{5,16}:[A-Za-z0-9_-]{30,64}$/;

/**
 * The Telegram bot token, kept encrypted (never a plain setting). With a device sealer (the
 * extension's), it is sealed with the non-extractable device key, so a paper user with no wallet can
 * set it and notifications go out while the vault is locked; a token sealed earlier with the vault
 * key is still read (and re-sealed with the device key the next time it is saved).
 */
export class TelegramTokenStore implements TelegramToken {
  constructor(
    private readonly secrets: EncryptedSecrets,
    private readonly device?: DeviceSealedSecrets,
  ) {}

  async #read(): Promise<SecretRead> {
    const sealed = this.device
      ? await this.device.read(TELEGRAM_TOKEN_SECRET)
      : { status: 'missing' as const };
    if (sealed.status === 'ok') return sealed;
    const vault = await this.secrets.read(TELEGRAM_TOKEN_SECRET);
    return vault.status === 'ok' || sealed.status === 'missing' ? vault : sealed;
  }

  /** Validates and stores a token (without a device sealer, the vault must be unlocked). The message never repeats the token. */
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
    if (this.device) await this.device.store(TELEGRAM_TOKEN_SECRET, trimmed);
    else await this.secrets.store(TELEGRAM_TOKEN_SECRET, trimmed);
  }

  /** The token, or undefined when none is set or it cannot be read now (vault locked, stale). */
  async get(): Promise<string | undefined> {
    const read = await this.#read();
    return read.status === 'ok' ? read.value : undefined;
  }

  /** For the options page: 'ok' | 'missing' | 'locked' | 'stale' — never the token itself. */
  async status(): Promise<'ok' | 'missing' | 'locked' | 'stale'> {
    return (await this.#read()).status;
  }

  clear(): Promise<void> {
    return this.secrets.remove(TELEGRAM_TOKEN_SECRET);
  }
}
