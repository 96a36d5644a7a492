import { describe, expect, it } from 'vitest';
import { parseVenueKey, venueKey, venueOfKey } from '../../../../lib/core/model/venue';

describe('venue keys', () => {
  it('leaves Polymarket keys bare, so data recorded before venues keeps its keys', () => {
    expect(venueKey('polymarket', '4024205')).toBe('4024205');
    expect(venueOfKey('4024205')).toBe('polymarket');
    expect(venueOfKey('0x52f0')).toBe('polymarket');
  });

  it('qualifies another venue, so a Kalshi ticker never collides with a Polymarket id', () => {
    const kalshi = venueKey('kalshi', '4024205');
    expect(kalshi).toBe('kalshi:4024205');
    expect(kalshi).not.toBe(venueKey('polymarket', '4024205'));
    expect(parseVenueKey(kalshi)).toEqual({ venue: 'kalshi', id: '4024205' });
    expect(parseVenueKey('kalshi:KXBTC-25DEC31:yes')).toEqual({ venue: 'kalshi', id: 'KXBTC-25DEC31:yes' });
  });

  it('reads an unknown or Polymarket prefix as part of a Polymarket key', () => {
    expect(parseVenueKey('polymarket:1')).toEqual({ venue: 'polymarket', id: 'polymarket:1' });
    expect(parseVenueKey('other:1')).toEqual({ venue: 'polymarket', id: 'other:1' });
  });
});
