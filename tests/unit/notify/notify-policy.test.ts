import { describe, expect, it } from 'vitest';
import { channelsFor, enabledChannels, isEventEnabled } from '../../../lib/core/notify/notify-policy';
import { inQuietWindow, isSilenced } from '../../../lib/core/notify/quiet-hours';
import { breaker, entry, errorEvent, prefs } from './notify-fixtures';

describe('per-event toggles and channels', () => {
  it('follows each toggle; tests are always allowed', () => {
    expect(isEventEnabled(entry, prefs({ onEntry: false }))).toBe(false);
    expect(isEventEnabled(errorEvent(), prefs({ onError: false }))).toBe(false);
    expect(isEventEnabled(breaker, prefs({ onDailyLossBreaker: false }))).toBe(false);
    expect(isEventEnabled(entry, prefs())).toBe(true);
    expect(isEventEnabled({ type: 'test', channel: 'telegram' }, prefs({ onEntry: false }))).toBe(true);
  });

  it('needs a chat id / URL before a channel counts as enabled', () => {
    expect(enabledChannels(prefs())).toEqual(['browser']);
    expect(enabledChannels(prefs({ telegramEnabled: true, telegramChatId: null }))).toEqual(['browser']);
    expect(
      enabledChannels(
        prefs({
          browser: false,
          telegramEnabled: true,
          telegramChatId: '42',
          webhookEnabled: true,
          webhookUrl: 'https://x.test',
        }),
      ),
    ).toEqual(['telegram', 'webhook']);
    expect(channelsFor(entry, prefs({ onEntry: false }))).toEqual([]);
    expect(channelsFor({ type: 'test', channel: 'webhook' }, prefs())).toEqual(['webhook']);
  });
});

describe('quiet hours', () => {
  const night = { start: 22 * 60, end: 7 * 60 };

  it('runs across midnight', () => {
    expect(inQuietWindow(23 * 60, night.start, night.end)).toBe(true);
    expect(inQuietWindow(0, night.start, night.end)).toBe(true);
    expect(inQuietWindow(6 * 60 + 59, night.start, night.end)).toBe(true);
    expect(inQuietWindow(7 * 60, night.start, night.end)).toBe(false);
    expect(inQuietWindow(21 * 60 + 59, night.start, night.end)).toBe(false);
    expect(inQuietWindow(22 * 60, night.start, night.end)).toBe(true);
  });

  it('handles same-day windows and an empty window', () => {
    expect(inQuietWindow(13 * 60, 12 * 60, 14 * 60)).toBe(true);
    expect(inQuietWindow(14 * 60, 12 * 60, 14 * 60)).toBe(false);
    expect(inQuietWindow(100, 300, 300)).toBe(false);
  });

  it('lets errors and the breaker through when the bypass is on', () => {
    const quiet = prefs({
      quietHoursEnabled: true,
      quietStartMinutes: night.start,
      quietEndMinutes: night.end,
    });
    expect(isSilenced(entry, quiet, 60)).toBe(true);
    expect(isSilenced(errorEvent(), quiet, 60)).toBe(false);
    expect(isSilenced(breaker, quiet, 60)).toBe(false);
    expect(isSilenced(errorEvent(), { ...quiet, quietBypassForErrors: false }, 60)).toBe(true);
    expect(isSilenced(entry, quiet, 12 * 60)).toBe(false);
    expect(isSilenced(entry, { ...quiet, quietHoursEnabled: false }, 60)).toBe(false);
    expect(
      isSilenced({ type: 'test', channel: 'browser' }, { ...quiet, quietBypassForErrors: false }, 60),
    ).toBe(false);
  });
});
