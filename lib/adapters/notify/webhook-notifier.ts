import type { NotificationChannel } from '../../app/notify/notification-channel';
import { ENGLISH_WORDS } from '../../core/notify/english-words';
import { formatNotification } from '../../core/notify/format-notification';
import type { NotificationWords } from '../../core/notify/notification-words';
import type { NotifyPreferences } from '../../core/notify/notify-preferences';
import type { OutgoingNotification } from '../../core/notify/notify-throttle';
import { temporaryError, validationError } from '../../errors/app-error';

export interface WebhookNotifierOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Tests only: accept http:// on 127.0.0.1. The settings schema accepts https only. */
  allowLoopbackHttp?: boolean;
  /** The wording of the moment (the UI language's, in production); English by default. */
  words?: () => NotificationWords;
}

/** The JSON an e-mail relay (or any webhook) receives. */
export interface WebhookPayload {
  source: 'polymarket-equilibrage';
  type: string;
  key: string;
  title: string;
  text: string;
  event: OutgoingNotification['event'];
  repeats: OutgoingNotification['repeats'];
  at: number;
}

/**
 * POSTs each notification as JSON to the user's https URL. The URL may embed a relay's secret,
 * so it never appears in an error message or a log line.
 */
export class WebhookNotifier implements NotificationChannel {
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly #allowLoopbackHttp: boolean;
  readonly #words: () => NotificationWords;

  constructor(options: WebhookNotifierOptions = {}) {
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#allowLoopbackHttp = options.allowLoopbackHttp ?? false;
    this.#words = options.words ?? (() => ENGLISH_WORDS);
  }

  async send(notification: OutgoingNotification, prefs: NotifyPreferences): Promise<void> {
    const url = this.#checkedUrl(prefs.webhookUrl);
    const text = formatNotification(notification, this.#words());
    const payload: WebhookPayload = {
      source: 'polymarket-equilibrage',
      type: notification.event.type,
      key: notification.key,
      title: text.title,
      text: text.lines.join('\n'),
      event: notification.event,
      repeats: notification.repeats,
      at: notification.at,
    };
    let response: Response;
    try {
      response = await this.#fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch {
      throw temporaryError('The webhook could not be reached.', { code: 'webhook_unreachable' });
    }
    await response.body?.cancel().catch(() => undefined);
    if (!response.ok) {
      throw temporaryError(`The webhook answered HTTP ${response.status}.`, {
        code: 'webhook_failed',
        status: response.status,
      });
    }
  }

  #checkedUrl(raw: string | null): string {
    const invalid = () => validationError('Set an https:// webhook URL first.', { code: 'webhook_no_url' });
    if (!raw) throw invalid();
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw invalid();
    }
    const loopback = this.#allowLoopbackHttp && url.protocol === 'http:' && url.hostname === '127.0.0.1';
    if (url.protocol !== 'https:' && !loopback) throw invalid();
    return url.toString();
  }
}
