import { type NotificationEvent, notificationKey } from '../../core/notify/notification-event';
import type { Notifier } from '../../core/notify/notifier';
import { channelsFor } from '../../core/notify/notify-policy';
import type { ChannelId, NotifyPreferences } from '../../core/notify/notify-preferences';
import {
  admit,
  EMPTY_THROTTLE,
  flushDue,
  type OutgoingNotification,
  type ThrottleState,
} from '../../core/notify/notify-throttle';
import { isSilenced } from '../../core/notify/quiet-hours';
import { type SerializedError, serializeError } from '../../errors/app-error';
import type { Clock } from '../../ports';
import type { NotificationChannel, NotifyLog, ThrottleStore } from './notification-channel';
import { parseThrottleState } from './throttle-state';

export interface NotificationDispatcherDeps {
  channels: Partial<Record<ChannelId, NotificationChannel>>;
  /** The `notifications` settings group, read for every event (settings change at any time). */
  preferences: () => Promise<NotifyPreferences>;
  clock: Clock;
  /** Minutes after local midnight for an instant (the adapter knows the user's time zone). */
  localMinuteOfDay: (now: number) => number;
  log: NotifyLog;
  throttleStore?: ThrottleStore;
}

export type DeliveryResult = { ok: true } | { ok: false; error: SerializedError };

/**
 * The Notifier: toggles, quiet hours and the per-key throttle (lib/core/notify) decide; every
 * enabled channel gets the message independently, so one failing channel never blocks another.
 * `notify` never throws; failures are logged (redacted) through the logger.
 */
export class NotificationDispatcher implements Notifier {
  readonly #deps: NotificationDispatcherDeps;
  #state: ThrottleState = EMPTY_THROTTLE;
  #loaded: Promise<void> | undefined;
  #saving: Promise<void> | undefined;
  #dirty = false;

  constructor(deps: NotificationDispatcherDeps) {
    this.#deps = deps;
  }

  async notify(event: NotificationEvent): Promise<void> {
    try {
      const prefs = await this.#deps.preferences();
      const channels = channelsFor(event, prefs);
      if (channels.length === 0) return;
      const now = this.#deps.clock.now();
      if (isSilenced(event, prefs, this.#deps.localMinuteOfDay(now))) {
        this.#deps.log.debug('notification held back by quiet hours', { key: notificationKey(event) });
        return;
      }
      await this.#load();
      const result = admit(this.#state, event, now, prefs.minIntervalSeconds * 1000);
      this.#update(result.state);
      if (result.outgoing) await this.#deliver(result.outgoing, channels, prefs);
    } catch (error) {
      this.#deps.log.error('notification failed', error, { type: event.type });
    }
  }

  /** Sends the summaries that are due (call it from a periodic pass, e.g. every monitor pass). */
  async flush(): Promise<number> {
    try {
      const prefs = await this.#deps.preferences();
      await this.#load();
      const now = this.#deps.clock.now();
      const result = flushDue(this.#state, now, prefs.minIntervalSeconds * 1000);
      this.#update(result.state);
      const minute = this.#deps.localMinuteOfDay(now);
      for (const outgoing of result.outgoing) {
        const channels = channelsFor(outgoing.event, prefs);
        if (channels.length > 0 && !isSilenced(outgoing.event, prefs, minute)) {
          await this.#deliver(outgoing, channels, prefs);
        }
      }
      return result.outgoing.length;
    } catch (error) {
      this.#deps.log.error('notification flush failed', error);
      return 0;
    }
  }

  /** "Send test message": one channel, ignoring toggles, quiet hours and the throttle; reports the error. */
  async test(channel: ChannelId): Promise<DeliveryResult> {
    const target = this.#deps.channels[channel];
    if (!target) {
      return {
        ok: false,
        error: {
          kind: 'validation',
          code: 'channel_unavailable',
          message: `No ${channel} channel.`,
          details: {},
        },
      };
    }
    const event: NotificationEvent = { type: 'test', channel };
    const outgoing: OutgoingNotification = {
      key: notificationKey(event),
      event,
      repeats: null,
      at: this.#deps.clock.now(),
    };
    try {
      await target.send(outgoing, await this.#deps.preferences());
      return { ok: true };
    } catch (error) {
      this.#deps.log.warn('test notification failed', { channel, error });
      return { ok: false, error: serializeError(error) };
    }
  }

  async #deliver(outgoing: OutgoingNotification, channels: ChannelId[], prefs: NotifyPreferences) {
    const results = await Promise.allSettled(
      channels.map(async (id) => {
        const channel = this.#deps.channels[id];
        if (channel) await channel.send(outgoing, prefs);
      }),
    );
    results.forEach((result, i) => {
      if (result.status === 'rejected') {
        this.#deps.log.error('notification channel failed', result.reason, {
          channel: channels[i] ?? 'unknown',
          key: outgoing.key,
        });
      }
    });
  }

  #load(): Promise<void> {
    this.#loaded ??= (async () => {
      const stored = await this.#deps.throttleStore?.load().catch(() => undefined);
      this.#state = { ...parseThrottleState(stored), ...this.#state };
    })();
    return this.#loaded;
  }

  /** Keeps the new state and persists it, coalescing writes during a storm. */
  #update(state: ThrottleState): void {
    this.#state = state;
    const store = this.#deps.throttleStore;
    if (!store) return;
    this.#dirty = true;
    this.#saving ??= (async () => {
      while (this.#dirty) {
        this.#dirty = false;
        await store.save(this.#state).catch((error: unknown) => {
          this.#deps.log.warn('notification throttle not saved', { error });
        });
      }
      this.#saving = undefined;
    })();
  }

  /** Resolves when pending throttle writes are done (tests, worker shutdown). */
  async settled(): Promise<void> {
    await this.#saving;
  }
}
