import { describe, expect, it } from 'vitest';
import { bucketsFor } from '../../../lib/adapters/polymarket/http/endpoint-limits';
import type { PolymarketApi } from '../../../lib/adapters/polymarket/http/polymarket-endpoints';
import { percentile } from '../../../lib/core/metrics/percentile';
import { rateHeadroom } from '../../../lib/core/metrics/rate-headroom';
import {
  errorRateByEndpoint,
  latencyByEndpoint,
  latencyByHost,
} from '../../../lib/core/metrics/request-stats';
import {
  liquidationSuccessRate,
  orderErrorRate,
  passDurations,
} from '../../../lib/core/metrics/trading-stats';
import { wsUpAt, wsUptime } from '../../../lib/core/metrics/ws-uptime';
import { REQUEST_LOG } from './request-log';

describe('percentile (nearest rank)', () => {
  it('matches hand computation', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('request metrics from a known log', () => {
  it('latency per endpoint: clob /book p50 = 100 ms (10th of 20), p95 = 190 ms (19th)', () => {
    expect(latencyByEndpoint(REQUEST_LOG)).toEqual([
      { key: 'clob /book', count: 20, p50: 100, p95: 190, max: 200 },
      // gamma: 50, 70, 90, 400 → p50 = 2nd = 70, p95 = ceil(3.8) = 4th = 400.
      { key: 'gamma /markets', count: 4, p50: 70, p95: 400, max: 400 },
    ]);
  });

  it('latency per host ignores cache hits', () => {
    expect(latencyByHost(REQUEST_LOG).map((r) => [r.key, r.count, r.p50])).toEqual([
      ['clob.polymarket.com', 20, 100],
      ['gamma-api.polymarket.com', 4, 70],
    ]);
  });

  it('error rate per endpoint: 1/4 timeouts on gamma, 1/20 on clob', () => {
    expect(errorRateByEndpoint(REQUEST_LOG)).toEqual([
      { key: 'gamma /markets', requests: 4, errors: 1, rate: 0.25 },
      { key: 'clob /book', requests: 20, errors: 1, rate: 0.05 },
    ]);
  });

  it('rate headroom per bucket over the last 10 s (sent = finished − latency)', () => {
    const rows = rateHeadroom(REQUEST_LOG, 10_000, 10_000, (api, endpoint) =>
      bucketsFor(api as PolymarketApi, endpoint),
    );
    const byKey = Object.fromEntries(rows.map((r) => [r.bucket, r]));
    // All 24 sent requests fall in (0, 10 000]; clob:/book allows 1 500 per 10 s.
    expect(byKey['clob:/book']).toEqual({
      bucket: 'clob:/book',
      limit: 1_500,
      used: 20,
      fraction: 20 / 1_500,
    });
    expect(byKey['gamma:/markets']).toEqual({
      bucket: 'gamma:/markets',
      limit: 300,
      used: 4,
      fraction: 4 / 300,
    });
    expect(byKey.all?.used).toBe(24);
    // Most used first (4/300 and 20/1 500 tie at 1.33 %; ties by name).
    expect(rows.slice(0, 2).map((r) => r.bucket)).toEqual(['clob:/book', 'gamma:/markets']);
    expect(rows.every((r, i) => i === 0 || (rows[i - 1]?.fraction ?? 0) >= r.fraction)).toBe(true);
    // A later window sees nothing.
    expect(rateHeadroom(REQUEST_LOG, 30_000, 10_000, () => [{ key: 'x', limit: 1 }])).toEqual([]);
  });
});

describe('trading and pass metrics', () => {
  const orders = [
    { status: 'filled' as const, reason: 'entry' },
    { status: 'failed' as const, reason: 'entry' },
    { status: 'filled' as const, reason: 'liquidation' },
    { status: 'filled' as const, reason: 'liquidation' },
    { status: 'failed' as const, reason: 'liquidation' },
  ];

  it('order error rate and liquidation success rate', () => {
    expect(orderErrorRate(orders)).toEqual({ numerator: 2, denominator: 5, rate: 0.4 });
    expect(liquidationSuccessRate(orders)).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3 });
    expect(liquidationSuccessRate([]).rate).toBeNull();
  });

  it('pass durations per pass', () => {
    const runs = [
      { pass: 'scan', durationMs: 3_000, outcome: 'ok' },
      { pass: 'scan', durationMs: 1_000, outcome: 'ok' },
      { pass: 'scan', durationMs: 2_000, outcome: 'failed' },
      { pass: 'monitor', durationMs: null, outcome: 'running' },
    ];
    expect(passDurations(runs)).toEqual([
      { pass: 'monitor', failures: 0, count: 0, p50: null, p95: null, max: null },
      { pass: 'scan', failures: 1, count: 3, p50: 2_000, p95: 3_000, max: 3_000 },
    ]);
  });

  it('websocket uptime and reconnects over a window', () => {
    const events = [
      { at: 0, kind: 'ws_up' as const },
      { at: 400, kind: 'ws_down' as const },
      { at: 500, kind: 'ws_reconnect' as const },
      { at: 600, kind: 'ws_up' as const },
      { at: 900, kind: 'ws_down' as const },
    ];
    // Up 0–400 and 600–900 of 0–1000 → 70 %.
    expect(wsUptime(events, 0, 1_000)).toEqual({
      uptime: 0.7,
      connectedMs: 700,
      reconnects: 1,
      disconnects: 2,
    });
    // Window 200–700, up at start: 200–400 and 600–700 → 300 / 500.
    expect(wsUptime(events, 200, 700, wsUpAt(events, 200)).uptime).toBeCloseTo(0.6);
  });
});
