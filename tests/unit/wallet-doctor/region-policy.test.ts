import { describe, expect, it } from 'vitest';
import { regionVerdict } from '../../../lib/core/wallet-doctor/region-policy';

const v = (blocked: boolean, country: string | null, region: string | null = null) =>
  regionVerdict({ blocked, country, region });

describe('region verdict from the geoblock answer and the published lists', () => {
  it('OFAC places are blocked, including sub-national areas', () => {
    expect(v(true, 'IR').access).toBe('blocked');
    expect(v(true, 'UA', '43')).toMatchObject({ access: 'blocked', where: 'UA / 43' });
    expect(v(false, 'UA', '43').access).toBe('blocked');
    expect(v(false, 'UA', '30').access).toBe('open');
  });

  it('close-only places may reduce positions, whatever the endpoint flag says', () => {
    expect(v(true, 'US', 'NY').access).toBe('closeOnly');
    expect(v(false, 'FR').access).toBe('closeOnly');
    expect(v(true, 'CA', 'ON').access).toBe('closeOnly');
    expect(v(false, 'CA', 'NS').access).toBe('open');
  });

  it('the endpoint\'s "blocked" wins for places the lists do not name; no country is never "allowed" when blocked', () => {
    expect(v(true, 'XX').access).toBe('blocked');
    expect(v(true, null)).toMatchObject({ access: 'blocked', where: '?' });
  });

  it('frontend-only close-only places are open to the API, and flagged', () => {
    expect(v(false, 'IE')).toMatchObject({ access: 'open', frontendCloseOnly: true });
    expect(v(false, 'PT')).toMatchObject({ access: 'open', frontendCloseOnly: false });
  });
});
