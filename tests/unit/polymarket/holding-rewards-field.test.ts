import { describe, expect, it } from 'vitest';
import { parseGammaMarket } from '../../../lib/adapters/polymarket/schemas/parse-gamma-market';
import { fixture } from './fixtures';

const parse = (name: string) => {
  const result = parseGammaMarket(fixture(name));
  if (!result.ok) throw new Error(result.reason);
  return result.market;
};

describe('Gamma holdingRewardsEnabled (polymarket-ctf.md §8)', () => {
  it('is read as false from the recorded payload (most markets pay no holding reward)', () => {
    expect(parse('gamma-market.btc5m.ra1nty.json').holdingRewardsEnabled).toBe(false);
  });

  it('is read as true where Gamma flags the market', () => {
    expect(parse('SELF-GENERATED.gamma-market.holding-rewards.json').holdingRewardsEnabled).toBe(true);
  });

  it('is null (unknown) where the payload does not carry the key', () => {
    expect(parse('SELF-GENERATED.gamma-market.no-holding-field.json').holdingRewardsEnabled).toBeNull();
  });

  it('carries umaResolutionStatus as the resolution status (null when absent)', () => {
    const raw = fixture('gamma-market.btc5m.ra1nty.json') as Record<string, unknown>;
    const resolved = parseGammaMarket({ ...raw, closed: true, umaResolutionStatus: 'resolved' });
    expect(resolved.ok && resolved.market.resolutionStatus).toBe('resolved');
    const { umaResolutionStatus: _drop, ...old } = raw;
    const legacy = parseGammaMarket(old);
    expect(legacy.ok && legacy.market.resolutionStatus).toBeNull();
  });
});
