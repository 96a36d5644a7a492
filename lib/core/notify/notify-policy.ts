import type { NotificationEvent } from './notification-event';
import type { ChannelId, NotifyPreferences } from './notify-preferences';

/** Per-event toggles: test messages are always allowed. */
export function isEventEnabled(event: NotificationEvent, prefs: NotifyPreferences): boolean {
  switch (event.type) {
    case 'entry':
      return prefs.onEntry;
    case 'liquidation':
      return prefs.onLiquidation;
    case 'close':
      return prefs.onClose;
    case 'error':
      return prefs.onError;
    case 'daily_loss_breaker':
      return prefs.onDailyLossBreaker;
    case 'live_stopped':
      return true; // a safety stop is always told, like a test message
    case 'test':
      return true;
  }
}

/** The channels switched on and configured enough to deliver. */
export function enabledChannels(prefs: NotifyPreferences): ChannelId[] {
  const out: ChannelId[] = [];
  if (prefs.browser) out.push('browser');
  if (prefs.telegramEnabled && prefs.telegramChatId) out.push('telegram');
  if (prefs.webhookEnabled && prefs.webhookUrl) out.push('webhook');
  return out;
}

/** Where one event goes: a test message goes only to the channel under test, configured or not. */
export function channelsFor(event: NotificationEvent, prefs: NotifyPreferences): ChannelId[] {
  if (event.type === 'test') return isChannelId(event.channel) ? [event.channel] : [];
  return isEventEnabled(event, prefs) ? enabledChannels(prefs) : [];
}

function isChannelId(value: string): value is ChannelId {
  return value === 'browser' || value === 'telegram' || value === 'webhook';
}
