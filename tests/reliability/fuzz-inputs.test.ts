import { describe, expect, it } from 'vitest';
import { parseMarketWsFrame } from '../../lib/adapters/polymarket/schemas/parse-market-ws-frame';
import { parsePrivateKey } from '../../lib/adapters/vault/private-key';
import { parseSettings } from '../../lib/settings/parse-settings';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { HARDHAT_KEY } from '../unit/vault/vault-harness';
import { mutatedPayloads, seededRandom } from './support/seeded-mutator';

const N = 1_000;
const A = '71321045679252212594626385532706912750332728571942532289631379312455583992563';
const B = '52114319501245915516055106046884209969926127482827954674443846427813813222426';
const MARKET = `0x${'ab'.repeat(32)}`;

/** One frame of each market-channel message type, shaped like the fake's (and production's) pushes. */
const WS_FRAME = [
  {
    event_type: 'book',
    asset_id: A,
    market: MARKET,
    bids: [{ price: '0.48', size: '120' }],
    asks: [{ price: '0.52', size: '80' }],
    timestamp: '1780000000000',
    hash: 'abc',
  },
  {
    event_type: 'price_change',
    market: MARKET,
    timestamp: '1780000000001',
    price_changes: [
      { asset_id: A, price: '0.49', size: '10', side: 'BUY', hash: 'h', best_bid: '0.49', best_ask: '0.52' },
      { asset_id: B, price: '0.51', size: '10', side: 'SELL', hash: 'h', best_bid: '0.48', best_ask: '0.51' },
    ],
  },
  {
    event_type: 'last_trade_price',
    asset_id: A,
    market: MARKET,
    price: '0.5',
    size: '3',
    fee_rate_bps: '0',
    side: 'BUY',
    timestamp: '1780000000002',
    transaction_hash: '0x01',
  },
  {
    event_type: 'tick_size_change',
    asset_id: A,
    market: MARKET,
    old_tick_size: '0.01',
    new_tick_size: '0.001',
    timestamp: '1780000000003',
  },
];

describe('fuzzing: websocket frames, settings and private keys', () => {
  it('1,000 mutated market-channel frames never throw; every refusal has a reason', () => {
    let malformed = 0;
    for (const text of mutatedPayloads(WS_FRAME, N, 99)) {
      const frame = parseMarketWsFrame(text);
      malformed += frame.malformed.length;
      expect(frame.malformed.every((reason) => reason.trim() !== '')).toBe(true);
    }
    expect(malformed).toBeGreaterThan(0);
    for (const odd of [undefined, null, 42, {}, new Uint8Array([0xff, 0xfe]), 'PONG', '']) {
      expect(() => parseMarketWsFrame(odd)).not.toThrow();
    }
  });

  it('1,000 mutated settings objects are accepted whole or refused with field and message', () => {
    let refused = 0;
    for (const text of mutatedPayloads(DEFAULT_SETTINGS, N, 7)) {
      let input: unknown;
      try {
        input = JSON.parse(text);
      } catch {
        input = text;
      }
      const result = parseSettings(input);
      if (result.ok) continue;
      refused += 1;
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues.every((i) => i.message.trim().length > 3)).toBe(true);
    }
    expect(refused).toBeGreaterThan(N / 4);
    const bad = parseSettings({
      ...DEFAULT_SETTINGS,
      strategy: { ...DEFAULT_SETTINGS.strategy, bandLow: -3 },
    });
    expect(bad.ok ? [] : bad.issues.map((i) => i.field)).toContain('strategy.bandLow');
  });

  it('bad private keys are refused with a clear message that never echoes the input', () => {
    const random = seededRandom(5);
    const digits = HARDHAT_KEY.slice(2);
    const inputs = [
      '',
      '   ',
      'abandon '.repeat(12).trim(),
      `0x${digits.slice(0, 63)}`,
      `0x${digits}0`,
      `0x${'0'.repeat(64)}`,
      `0x${'f'.repeat(64)}`,
      `0x${digits.slice(0, 62)}zz`,
      `${digits.slice(0, 30)} ${digits.slice(30)}`,
      '🔑'.repeat(32),
    ];
    for (let i = 0; i < N; i++) {
      const chars = digits.split('');
      const at = Math.floor(random() * chars.length);
      chars[at] = String.fromCharCode(32 + Math.floor(random() * 0x2000));
      inputs.push(
        random() < 0.5 ? `0x${chars.join('')}` : chars.join('').slice(0, Math.floor(random() * 70)),
      );
    }
    let refused = 0;
    for (const input of inputs) {
      const parsed = parsePrivateKey(input);
      if (parsed.ok) continue;
      refused += 1;
      expect(parsed.message.length).toBeGreaterThan(10);
      if (input.trim().length > 8) expect(parsed.message).not.toContain(input.trim());
    }
    expect(refused).toBeGreaterThanOrEqual(10);
    expect(parsePrivateKey(` ${HARDHAT_KEY.toUpperCase().replace('0X', '0x')} `).ok).toBe(true);
  });
});
