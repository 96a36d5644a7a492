import { describe, expect, it } from 'vitest';
import { endpointDefaults, loopbackEndpointsAllowed } from '../../../lib/settings/endpoints';
import { baseUrl } from '../../../lib/settings/fields';
import { applySettingsPatch, parseSettings } from '../../../lib/settings/parse-settings';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

describe('settings schema', () => {
  it('has the strategy defaults of strategy.md', () => {
    expect(DEFAULT_SETTINGS.mode).toBe('paper');
    expect(DEFAULT_SETTINGS.killSwitch).toBe(false);
    expect(DEFAULT_SETTINGS.autoEntry).toBe(false);
    expect(DEFAULT_SETTINGS.strategy).toMatchObject({
      minLiquidity: 10_000,
      minVolume24h: 5_000,
      minHoursToEnd: 24,
      maxDaysToEnd: 90,
      bandLow: 0.35,
      bandHigh: 0.65,
      maxSpread: 0.03,
      opportunityThreshold: 7,
      maxPositions: 5,
      capitalAllocationPercent: 10,
      maxPositionUsd: null,
      maxSlippage: 0.02,
      divergenceThreshold: 0.3,
      takeProfit: 0.3,
      stopLoss: 0.15,
      takeProfitEnabled: true,
      stopLossEnabled: true,
      weights: { liquidity: 0.3, volatility: 0.3, whales: 0.2, news: 0.2 },
    });
    expect(DEFAULT_SETTINGS.passes).toMatchObject({ scanMinutes: 5, monitorSeconds: 30, whaleMinutes: 10 });
    expect(DEFAULT_SETTINGS.paper.startingBalanceUsd).toBe(1_000);
  });

  it('defaults the endpoints to the real Polymarket hosts', () => {
    expect(DEFAULT_SETTINGS.endpoints).toMatchObject({
      gammaUrl: 'https://gamma-api.polymarket.com',
      clobUrl: 'https://clob.polymarket.com',
      dataUrl: 'https://data-api.polymarket.com',
      clobWsUrl: 'wss://ws-subscriptions-clob.polymarket.com/ws/market',
    });
  });

  it('lets WXT_* build variables override the endpoints', () => {
    const ep = endpointDefaults({
      WXT_GAMMA_URL: 'http://127.0.0.1:8555/gamma',
      WXT_CLOB_WS_URL: 'ws://127.0.0.1:8555/ws/market',
    });
    expect(ep.gammaUrl).toBe('http://127.0.0.1:8555/gamma');
    expect(ep.clobWsUrl).toBe('ws://127.0.0.1:8555/ws/market');
    expect(ep.clobUrl).toBe('https://clob.polymarket.com');
  });

  it.each([
    [
      { strategy: { divergenceThreshold: 1.5 } },
      'strategy.divergenceThreshold',
      'Divergence threshold must be between 1 % and 99 %.',
    ],
    [
      { strategy: { divergenceThreshold: 0 } },
      'strategy.divergenceThreshold',
      'Divergence threshold must be between 1 % and 99 %.',
    ],
    [
      { strategy: { maxPositions: 2.5 } },
      'strategy.maxPositions',
      'Maximum open positions must be a whole number.',
    ],
    [
      { strategy: { minLiquidity: -1 } },
      'strategy.minLiquidity',
      'Minimum liquidity must be between $0 and $1,000,000,000.',
    ],
    [
      { strategy: { opportunityThreshold: 11 } },
      'strategy.opportunityThreshold',
      'Score threshold must be between 1 and 10.',
    ],
    [
      { passes: { monitorSeconds: 5 } },
      'passes.monitorSeconds',
      'Monitor every must be between 30 s and 3600 s.',
    ],
    [{ strategy: { takeProfit: 'high' } }, 'strategy.takeProfit', 'Take-profit must be a number.'],
    [{ mode: 'yolo' }, 'mode', 'Mode must be paper or live.'],
    [
      { endpoints: { clobUrl: 'ftp://example.com' } },
      'endpoints.clobUrl',
      'CLOB API URL must be a https URL.',
    ],
    [
      { endpoints: { clobWsUrl: 'https://example.com' } },
      'endpoints.clobWsUrl',
      'CLOB market websocket URL must be a wss URL.',
    ],
    [
      { wallet: { funderAddress: '0x123' } },
      'wallet.funderAddress',
      'Polymarket wallet address must be 0x followed by 40 hexadecimal characters.',
    ],
    [
      { strategy: { bandLow: 0.7, bandHigh: 0.6 } },
      'strategy.bandLow',
      'Balanced band, low must be below the high end of the band.',
    ],
  ])('rejects %j with a message naming the field and the range', (input, field, message) => {
    const result = parseSettings(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(expect.objectContaining({ field, message }));
  });

  it.each([
    [{ strategy: { divergenceThreshold: 0 } }, 'strategy.divergenceThreshold', 'range', {}],
    [{ strategy: { maxPositions: 2.5 } }, 'strategy.maxPositions', 'integer', {}],
    [{ strategy: { takeProfit: 'high' } }, 'strategy.takeProfit', 'number', {}],
    [{ mode: 'yolo' }, 'mode', 'choice', {}],
    [{ strategy: { bandLow: 0.7, bandHigh: 0.6 } }, 'strategy.bandLow', 'band_order', {}],
    [
      { notifications: { telegramEnabled: true } },
      'notifications.telegramChatId',
      'telegram_chat_needed',
      {},
    ],
  ])('carries the machine form of %j for the options page', (input, field, code, params) => {
    const result = parseSettings(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(expect.objectContaining({ field, code, params }));
  });

  it('gives a URL and the funder address a code too, so the page words them in its language', () => {
    const result = parseSettings({ endpoints: { clobUrl: 'ftp://x' }, wallet: { funderAddress: '0x1' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.field, i.code, i.params])).toEqual(
      expect.arrayContaining([
        ['endpoints.clobUrl', 'url_https', {}],
        ['wallet.funderAddress', 'address', {}],
      ]),
    );
    expect(result.issues).toHaveLength(2);
  });

  it('accepts plain http only for 127.0.0.1, and only outside a production build', () => {
    const refused = parseSettings({ endpoints: { clobUrl: 'http://clob.example.com' } });
    expect(refused.ok).toBe(false);
    expect(parseSettings({ endpoints: { clobWsUrl: 'ws://10.0.0.2:8080/ws' } }).ok).toBe(false);
    expect(parseSettings({ endpoints: { clobWsUrl: 'ws://127.0.0.1:8080/ws' } }).ok).toBe(true);
    expect(loopbackEndpointsAllowed({ MODE: 'production' })).toBe(false);
    expect(loopbackEndpointsAllowed({ MODE: 'production', WXT_E2E: '1' })).toBe(true);
    expect(loopbackEndpointsAllowed({ MODE: 'production', WXT_SIM: '1' })).toBe(true);
    const production = baseUrl(
      { label: 'CLOB API URL' },
      'https://clob.polymarket.com',
      'https:',
      'http:',
      false,
    );
    expect(production.safeParse('http://127.0.0.1:9000').success).toBe(false);
    expect(production.safeParse('https://clob.polymarket.com').success).toBe(true);
  });

  it('takes only https:// news feeds', () => {
    expect(parseSettings({ news: { rssFeeds: ['http://feeds.example.com/rss'] } }).ok).toBe(false);
    expect(parseSettings({ news: { rssFeeds: ['https://feeds.example.com/rss'] } }).ok).toBe(true);
  });

  it('rejects weights that are all zero', () => {
    const result = parseSettings({
      strategy: { weights: { liquidity: 0, volatility: 0, whales: 0, news: 0 } },
    });
    expect(result.ok).toBe(false);
  });

  it('strips a trailing slash from endpoints', () => {
    const result = parseSettings({ endpoints: { gammaUrl: 'http://127.0.0.1:9000/' } });
    expect(result.ok && result.settings.endpoints.gammaUrl).toBe('http://127.0.0.1:9000');
  });

  it('applies a partial patch on top of the current settings and keeps the other fields', () => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, { strategy: { divergenceThreshold: 0.25 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.strategy.divergenceThreshold).toBe(0.25);
    expect(result.settings.strategy.takeProfit).toBe(0.3);
    expect(result.settings.passes.scanMinutes).toBe(5);
  });

  it('does not apply an invalid patch', () => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, { strategy: { stopLoss: 2 } });
    expect(result.ok).toBe(false);
  });
});
