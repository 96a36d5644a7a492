import { describe, expect, it } from 'vitest';
import { applySettingsPatch } from '../../../lib/settings/parse-settings';
import { requiredOrigins } from '../../../lib/settings/required-origins';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';

function settingsWith(patch: Parameters<typeof applySettingsPatch>[1]): Settings {
  const result = applySettingsPatch(DEFAULT_SETTINGS, patch);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.settings;
}

describe('requiredOrigins', () => {
  it('by default needs only the Polygon RPC', () => {
    expect(requiredOrigins(DEFAULT_SETTINGS)).toEqual([
      { pattern: 'https://polygon.drpc.org/*', purpose: 'rpc' },
    ]);
  });

  it('asks for the Kalshi host of the environment in use once Kalshi is turned on', () => {
    const kalshi = (s: Settings) => requiredOrigins(s).filter((n) => n.purpose === 'kalshi');
    expect(kalshi(DEFAULT_SETTINGS)).toEqual([]);
    expect(kalshi(settingsWith({ kalshi: { enabled: true } }))).toEqual([
      { pattern: 'https://external-api.demo.kalshi.co/*', purpose: 'kalshi' },
      { pattern: 'wss://external-api-ws.demo.kalshi.co/*', purpose: 'kalshi' },
    ]);
    expect(kalshi(settingsWith({ kalshi: { enabled: true, kalshiEnvironment: 'production' } }))).toEqual([
      { pattern: 'https://external-api.kalshi.com/*', purpose: 'kalshi' },
      { pattern: 'wss://external-api-ws.kalshi.com/*', purpose: 'kalshi' },
    ]);
  });

  it('asks for each enabled source once, by host', () => {
    const s = settingsWith({
      news: {
        gdeltEnabled: true,
        rssFeeds: ['https://feeds.example.com/a.xml', 'https://feeds.example.com/b.xml'],
      },
      notifications: {
        telegramEnabled: true,
        telegramChatId: '12345',
        webhookEnabled: true,
        webhookUrl: 'https://hooks.example.org/x?y=1',
      },
    });
    expect(requiredOrigins(s).map((n) => `${n.purpose} ${n.pattern}`)).toEqual([
      'gdelt https://api.gdeltproject.org/*',
      'rss https://feeds.example.com/*',
      'telegram https://api.telegram.org/*',
      'webhook https://hooks.example.org/*',
      'rpc https://polygon.drpc.org/*',
    ]);
  });

  it('leaves the local test hosts out', () => {
    const s = settingsWith({ endpoints: { polygonRpcUrl: 'http://127.0.0.1:8545' } });
    expect(requiredOrigins(s)).toEqual([]);
  });
});
