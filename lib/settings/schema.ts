import { z } from 'zod';
import { DEFAULT_STRATEGY_PARAMS } from '../core/rules/params';
import { STRATEGY_NAMES, type StrategyName } from '../core/strategies/strategy-names';
import { capitalSchema } from './capital-schema';
import { crossVenueSettingsSchema } from './cross-venue-settings';
import { endpointDefaults, loopbackEndpointsAllowed } from './endpoints';
import { entryMethodField } from './entry-method-field';
import { baseUrl, bool, choice, num, optionalNum } from './fields';
import { kalshiSettingsSchema } from './kalshi-settings';
import { notificationsSchema } from './notifications-schema';

/**
 * Every setting of the product: one schema with defaults, bounds and display metadata.
 * Strategy names and defaults are those of shared/docs/strategy.md; the `strategy` group satisfies
 * lib/core's StrategyParams. Nothing invalid is ever saved: writes go through `parseSettings`.
 */
const ep = endpointDefaults();
/** Production builds accept only https/wss endpoints (http only in the test build, for 127.0.0.1). */
const loopback = loopbackEndpointsAllowed();
/** The strategy's defaults live once, in the core (strategy.md's numbers). */
const d = DEFAULT_STRATEGY_PARAMS;

const weight = (label: string, value: number) =>
  num({ label: `${label} weight`, unit: 'score', min: 0, max: 1, step: 0.05 }, value);

/** The live strategy's names as a person reads them (the backtest report uses the same words). */
export const STRATEGY_LABELS: Readonly<Record<StrategyName, string>> = {
  balancing: 'Balancing (YES + NO 50/50)',
  momentum: 'Momentum (buy the side that rose)',
  mean_reversion: 'Mean reversion (buy the side that fell)',
};

export const strategySchema = z.object({
  kind: choice(
    {
      label: 'Strategy',
      help: 'For new positions; an open position keeps the rules of the strategy that opened it.',
    },
    STRATEGY_NAMES,
    STRATEGY_LABELS,
    'balancing',
  ),
  minLiquidity: num(
    { label: 'Minimum liquidity', unit: 'usd', min: 0, max: 1e9, step: 1000 },
    d.minLiquidity,
  ),
  minVolume24h: num(
    { label: 'Minimum 24 h volume', unit: 'usd', min: 0, max: 1e9, step: 1000 },
    d.minVolume24h,
  ),
  minHoursToEnd: num({ label: 'Minimum time to end', unit: 'hours', min: 0, max: 8760 }, d.minHoursToEnd),
  maxDaysToEnd: num({ label: 'Maximum time to end', unit: 'days', min: 1, max: 3650 }, d.maxDaysToEnd),
  bandLow: num({ label: 'Balanced band, low', unit: 'ratio', min: 0.01, max: 0.99, step: 0.01 }, d.bandLow),
  bandHigh: num(
    { label: 'Balanced band, high', unit: 'ratio', min: 0.01, max: 0.99, step: 0.01 },
    d.bandHigh,
  ),
  maxSpread: num({ label: 'Maximum spread', unit: 'ratio', min: 0.001, max: 0.5, step: 0.005 }, d.maxSpread),
  opportunityThreshold: num(
    { label: 'Score threshold', unit: 'score', min: 1, max: 10 },
    d.opportunityThreshold,
    true,
  ),
  maxPositions: num(
    { label: 'Maximum open positions', unit: 'count', min: 1, max: 100 },
    d.maxPositions,
    true,
  ),
  capitalAllocationPercent: num(
    { label: 'Capital per position', unit: 'percent', min: 0.1, max: 100, step: 0.5 },
    d.capitalAllocationPercent,
  ),
  maxPositionUsd: optionalNum(
    { label: 'Maximum per position', unit: 'usd', min: 1, max: 1e7 },
    d.maxPositionUsd,
  ),
  maxSlippage: num(
    { label: 'Maximum slippage', unit: 'ratio', min: 0, max: 0.5, step: 0.005 },
    d.maxSlippage,
  ),
  entryMethod: entryMethodField,
  divergenceThreshold: num(
    {
      label: 'Divergence threshold',
      help: 'Balancing: the drop from entry that sells a side. Momentum / mean reversion: the move from the first price seen that triggers an entry.',
      unit: 'ratio',
      min: 0.01,
      max: 0.99,
      step: 0.01,
    },
    d.divergenceThreshold,
  ),
  takeProfit: num({ label: 'Take-profit', unit: 'ratio', min: 0.01, max: 10, step: 0.01 }, d.takeProfit),
  takeProfitEnabled: bool({ label: 'Take-profit enabled' }, d.takeProfitEnabled),
  stopLoss: num({ label: 'Stop-loss', unit: 'ratio', min: 0.01, max: 1, step: 0.01 }, d.stopLoss),
  stopLossEnabled: bool({ label: 'Stop-loss enabled' }, d.stopLossEnabled),
  weights: z
    .object({
      liquidity: weight('Liquidity', d.weights.liquidity),
      volatility: weight('Volatility', d.weights.volatility),
      whales: weight('Whale activity', d.weights.whales),
      news: weight('News relevance', d.weights.news),
    })
    .prefault({})
    .refine((w) => w.liquidity + w.volatility + w.whales + w.news > 0, {
      error: 'At least one score weight must be above zero.',
      params: { code: 'weights_zero' },
    }),
});

export const limitsSchema = z.object({
  maxTotalExposureUsd: num({ label: 'Maximum total exposure', unit: 'usd', min: 1, max: 1e8 }, 1_000),
  maxPerEventUsd: optionalNum({ label: 'Maximum per event', unit: 'usd', min: 1, max: 1e8 }, null),
  noEntryHoursBeforeEnd: num({ label: 'No entry before end', unit: 'hours', min: 0, max: 720 }, 24),
  stopLossCooldownHours: num({ label: 'Cooldown after a stop-loss', unit: 'hours', min: 0, max: 720 }, 24),
  dailyLossLimitUsd: optionalNum({ label: 'Daily loss limit', unit: 'usd', min: 1, max: 1e8 }, 100),
  killSwitchClosesAll: bool({ label: 'Kill switch also closes every position' }, false),
});

export const passesSchema = z.object({
  scanMinutes: num({ label: 'Scan every', unit: 'minutes', min: 1, max: 1440 }, 5),
  monitorSeconds: num({ label: 'Monitor every', unit: 'seconds', min: 30, max: 3600 }, 30),
  whaleMinutes: num({ label: 'Whale pass every', unit: 'minutes', min: 1, max: 1440 }, 10),
  passTimeoutSeconds: num({ label: 'Pass time limit', unit: 'seconds', min: 5, max: 600 }, 120),
});

export const whalesSchema = z.object({
  minWhaleVolumeUsd: num({ label: 'Whale volume threshold', unit: 'usd', min: 100, max: 1e9 }, 50_000),
  minWhaleTradeUsd: num({ label: 'Whale single-trade threshold', unit: 'usd', min: 10, max: 1e8 }, 5_000),
});

/** News sources for the news factor: off by default (their host permissions are optional). */
export const newsSchema = z.object({
  gdeltEnabled: bool(
    { label: 'GDELT news search', help: 'Needs permission for api.gdeltproject.org' },
    false,
  ),
  rssFeeds: z
    .array(
      z
        .string()
        .trim()
        .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
          error: 'Each news feed must be an https:// URL.',
          params: { code: 'feed_https' },
        }),
    )
    .max(20, { error: 'At most 20 news feeds.' })
    .default([])
    .meta({ label: 'News feeds (RSS or Atom)' }),
});

export const paperSchema = z.object({
  startingBalanceUsd: num({ label: 'Paper starting balance', unit: 'usd', min: 1, max: 1e8 }, 1_000),
});

export const walletSchema = z.object({
  signatureType: num(
    {
      label: 'Account kind',
      help: 'How you log into polymarket.com.',
      min: 0,
      max: 3,
      choices: [
        { value: '0', label: 'My own wallet (plain wallet / EOA, type 0)' },
        { value: '1', label: 'Email or Google login on polymarket.com (type 1)' },
        { value: '2', label: 'Browser wallet login, e.g. MetaMask (type 2)' },
        {
          value: '3',
          label: 'New account since 28 Apr 2026 (type 3, unsupported)',
        },
      ],
    },
    0,
    true,
  ),
  funderAddress: z
    .string()
    .refine((value) => /^0x[0-9a-fA-F]{40}$/.test(value), {
      error: 'Polymarket wallet address must be 0x followed by 40 hexadecimal characters.',
      params: { code: 'address' },
    })
    .nullable()
    .default(null)
    .meta({
      label: 'Polymarket wallet address',
      help: 'Empty for a plain wallet. Otherwise the address polymarket.com shows under your profile picture → Deposit (0x…, 42 characters).',
    }),
  autoLockMinutes: num({ label: 'Auto-lock after', unit: 'minutes', min: 1, max: 1440 }, 30, true),
});

/** An optional text field: empty means "not set" (null); otherwise it must match `valid`. */
export { notificationsSchema };

export const endpointsSchema = z.object({
  gammaUrl: baseUrl({ label: 'Gamma API URL' }, ep.gammaUrl, 'https:', 'http:', loopback),
  clobUrl: baseUrl({ label: 'CLOB API URL' }, ep.clobUrl, 'https:', 'http:', loopback),
  dataUrl: baseUrl({ label: 'Data API URL' }, ep.dataUrl, 'https:', 'http:', loopback),
  clobWsUrl: baseUrl({ label: 'CLOB market websocket URL' }, ep.clobWsUrl, 'wss:', 'ws:', loopback),
  polygonRpcUrl: baseUrl({ label: 'Polygon RPC URL' }, ep.polygonRpcUrl, 'https:', 'http:', loopback),
  geoblockUrl: baseUrl({ label: 'Geoblock check URL' }, ep.geoblockUrl, 'https:', 'http:', loopback),
  relayerUrl: baseUrl({ label: 'Polymarket relayer URL' }, ep.relayerUrl, 'https:', 'http:', loopback),
});

export const settingsSchema = z
  .object({
    mode: z.enum(['paper', 'live'], { error: 'Mode must be paper or live.' }).default('paper'),
    killSwitch: bool({ label: 'Kill switch' }, false),
    autoEntry: bool({ label: 'Automatic entry' }, false),
    strategy: strategySchema.prefault({}),
    limits: limitsSchema.prefault({}),
    passes: passesSchema.prefault({}),
    whales: whalesSchema.prefault({}),
    news: newsSchema.prefault({}),
    paper: paperSchema.prefault({}),
    capital: capitalSchema.prefault({}),
    wallet: walletSchema.prefault({}),
    notifications: notificationsSchema.prefault({}),
    endpoints: endpointsSchema.prefault({}),
    kalshi: kalshiSettingsSchema.prefault({}),
    crossVenue: crossVenueSettingsSchema.prefault({}),
  })
  .superRefine((s, ctx) => {
    if (s.strategy.bandLow >= s.strategy.bandHigh) {
      ctx.addIssue({
        code: 'custom',
        path: ['strategy', 'bandLow'],
        message: 'Balanced band, low must be below the high end of the band.',
        params: { code: 'band_order' },
      });
    }
  });

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type SettingsGroup = Exclude<keyof Settings, 'mode' | 'killSwitch' | 'autoEntry'>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
