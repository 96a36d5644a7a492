import { describe, expect, it } from 'vitest';
import { parseMarketWsFrame } from '../../../lib/adapters/polymarket/schemas/parse-market-ws-frame';

const TOKEN = '111';
const MARKET = `0x${'c'.repeat(64)}`;

describe('websocket decimals that arrive as ""', () => {
  it('a last_trade_price with fee_rate_bps "" is a trade, not a malformed message', () => {
    const frame = parseMarketWsFrame(
      JSON.stringify({
        event_type: 'last_trade_price',
        asset_id: TOKEN,
        market: MARKET,
        price: '0.52',
        size: '10',
        side: 'BUY',
        fee_rate_bps: '',
        timestamp: '1750000000001',
      }),
    );
    expect(frame.malformed).toEqual([]);
    expect(frame.events).toEqual([
      {
        type: 'last_trade_price',
        tokenId: TOKEN,
        market: MARKET,
        price: 520_000,
        size: 10_000_000,
        side: 'BUY',
        timestamp: 1750000000001,
      },
    ]);
  });

  it('blank size and side read as unknown, but a blank price still makes the trade malformed', () => {
    const blank = { event_type: 'last_trade_price', asset_id: TOKEN, market: MARKET, timestamp: '1' };
    const ok = parseMarketWsFrame(JSON.stringify({ ...blank, price: '0.4', size: '', side: '' }));
    expect(ok.events).toMatchObject([{ price: 400_000, size: 0, side: null }]);
    const bad = parseMarketWsFrame(JSON.stringify({ ...blank, price: '' }));
    expect(bad.events).toEqual([]);
    expect(bad.malformed).toHaveLength(1);
  });
});
