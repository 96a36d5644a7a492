import { describe, expect, it } from 'vitest';
import { parseGammaMarket } from '../../../lib/adapters/polymarket/schemas/parse-gamma-market';

const TOKENS = '["111", "222"]';
const base = {
  id: '42',
  conditionId: `0x${'a'.repeat(64)}`,
  question: 'Will it?',
  slug: 'will-it',
  outcomes: '["Yes", "No"]',
  outcomePrices: '["0.4", "0.6"]',
  clobTokenIds: TOKENS,
};

describe('parseGammaMarket rejects untrusted payloads with a reason', () => {
  it.each([
    ['missing clobTokenIds', { clobTokenIds: undefined }, /clobTokenIds missing/],
    ['null clobTokenIds', { clobTokenIds: null }, /clobTokenIds missing/],
    ['non-numeric token id', { clobTokenIds: '["abc", "222"]' }, /clobTokenIds\[0\]/],
    ['empty token id', { clobTokenIds: '["", "222"]' }, /clobTokenIds\[0\]/],
    ['duplicate token ids', { clobTokenIds: '["111", "111"]' }, /same token id/],
    ['bad JSON string', { outcomes: '["Yes", "No"' }, /outcomes is not a JSON array/],
    ['JSON object not array', { outcomePrices: '{"a":1}' }, /outcomePrices is not a JSON array/],
    ['price 1.2', { outcomePrices: '["1.2", "-0.2"]' }, /outside 0–1/],
    ['price -0.1', { outcomePrices: '["-0.1", "1.1"]' }, /outside 0–1/],
    ['non-numeric price', { outcomePrices: '["abc", "0.5"]' }, /not a number/],
    [
      '3 outcomes',
      { outcomes: '["A", "B", "C"]', outcomePrices: '["0.3","0.3","0.4"]', clobTokenIds: '["1","2","3"]' },
      /exactly 2/,
    ],
    ['length mismatch', { clobTokenIds: '["111"]' }, /differ in length/],
    ['missing conditionId', { conditionId: undefined }, /conditionId/],
    ['feesEnabled without schedule', { feesEnabled: true }, /feeSchedule/],
    ['bestBid 1.5', { bestBid: 1.5 }, /bestBid/],
    ['string garbage number', { volume24hr: 'lots' }, /volume24hr/],
    ['zero tick size', { orderPriceMinTickSize: 0 }, /orderPriceMinTickSize/],
  ])('%s', (_, patch, reason) => {
    const result = parseGammaMarket({ ...base, ...patch });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.id).toBe('42');
    expect(result.reason).toMatch(reason);
  });

  it.each([
    ['null', null],
    ['a string', '<html>Cloudflare</html>'],
    ['no id', { ...base, id: undefined }],
  ])('rejects %s without throwing', (_, raw) => {
    const result = parseGammaMarket(raw);
    expect(result).toMatchObject({ ok: false, id: null });
  });
});

describe('parseGammaMarket tolerates wire quirks', () => {
  it('converts numbers sent as strings and real arrays', () => {
    const result = parseGammaMarket({
      ...base,
      id: 42,
      outcomes: ['Yes', 'No'],
      outcomePrices: [0.4, '0.6'],
      volume24hr: '1234.5',
      liquidity: '10.25',
      orderPriceMinTickSize: '0.001',
      orderMinSize: '5',
      bestBid: '0.39',
      negRisk: true,
      events: [{ id: 7, slug: 'ev', title: 'Event' }],
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.market).toMatchObject({
      id: '42',
      volume24h: 1_234_500_000,
      liquidity: 10_250_000,
      tickSize: 1_000,
      bestBid: 390_000,
      negRisk: true,
      eventId: '7',
    });
  });

  it('tolerates omitted optional fields with neutral values', () => {
    const result = parseGammaMarket(base);
    if (!result.ok) throw new Error(result.reason);
    expect(result.market).toMatchObject({
      active: false,
      closed: false,
      bestBid: null,
      bestAsk: null,
      endTime: null,
      eventId: null,
      volume: 0,
      fee: { rate: 0 },
      tags: [],
    });
  });

  it('reads the winner of a resolved market', () => {
    const yesWon = parseGammaMarket({ ...base, closed: true, outcomePrices: '["1", "0"]' });
    const noWon = parseGammaMarket({ ...base, closed: true, outcomePrices: '["0", "1"]' });
    const open = parseGammaMarket({ ...base, closed: false, outcomePrices: '["1", "0"]' });
    expect(yesWon.ok && yesWon.market.resolvedOutcome).toBe(0);
    expect(noWon.ok && noWon.market.resolvedOutcome).toBe(1);
    expect(open.ok && open.market.resolvedOutcome).toBe(null);
  });
});
