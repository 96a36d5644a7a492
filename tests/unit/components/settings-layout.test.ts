import { describe, expect, it } from 'vitest';
import { patchFor, readField, settingsLayout } from '../../../components/options/settings-layout';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

describe('settings layout', () => {
  const layout = settingsLayout();
  const find = (group: string, key: string) =>
    layout.find((g) => g.group === group)?.fields.find((f) => f.key === key);

  it('lists nested weights, lists and nullable fields', () => {
    expect(find('strategy', 'weights.liquidity')?.kind).toBe('number');
    expect(find('news', 'rssFeeds')?.kind).toBe('list');
    expect(find('strategy', 'maxPositionUsd')?.kind).toBe('optional-number');
    expect(find('notifications', 'telegramChatId')?.kind).toBe('text');
  });

  it('reads values and builds patches that keep sibling weights', () => {
    const field = find('strategy', 'weights.news');
    if (!field) throw new Error('missing field');
    expect(readField(DEFAULT_SETTINGS, field)).toBe(0.2);
    expect(patchFor(DEFAULT_SETTINGS, field, 0.5)).toEqual({
      strategy: { weights: { liquidity: 0.3, volatility: 0.3, whales: 0.2, news: 0.5 } },
    });
  });
});
