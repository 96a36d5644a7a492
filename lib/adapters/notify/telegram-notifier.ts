import type { NotificationChannel } from '../../app/notify/notification-channel';
import { ENGLISH_WORDS } from '../../core/notify/english-words';
import { formatNotification } from '../../core/notify/format-notification';
import type { NotificationWords } from '../../core/notify/notification-words';
import type { NotifyPreferences } from '../../core/notify/notify-preferences';
import type { OutgoingNotification } from '../../core/notify/notify-throttle';
import { toTelegramHtml } from '../../core/notify/telegram-html';
import { operationalError, validationError } from '../../errors/app-error';
import type { TelegramClient } from './telegram-client';

/** Reads the bot token when a message is about to go out (undefined: not set, or not readable now). */
export type TelegramTokenSource = () => Promise<string | undefined>;

/** The Telegram channel: HTML message to the chat id from the settings, token from the encrypted store. */
export class TelegramNotifier implements NotificationChannel {
  constructor(
    private readonly client: TelegramClient,
    private readonly token: TelegramTokenSource,
    private readonly words: () => NotificationWords = () => ENGLISH_WORDS,
  ) {}

  async send(notification: OutgoingNotification, prefs: NotifyPreferences): Promise<void> {
    const chatId = prefs.telegramChatId;
    if (!chatId) throw validationError('Set a Telegram chat id first.', { code: 'telegram_no_chat' });
    const token = await this.token();
    if (!token) {
      throw operationalError('No Telegram bot token is available (not set, or the wallet is locked).', {
        code: 'telegram_no_token',
      });
    }
    await this.client.sendMessage(
      token,
      chatId,
      toTelegramHtml(formatNotification(notification, this.words())),
    );
  }
}
