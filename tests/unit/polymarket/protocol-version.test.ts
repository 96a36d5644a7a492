import { describe, expect, it } from 'vitest';
import { parseGammaMarket } from '../../../lib/adapters/polymarket/schemas/parse-gamma-market';
import { preFilterMarket } from '../../../lib/core/rules/eligibility';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { fixture } from './fixtures';

const base = () => fixture('gamma-market.btc5m.ra1nty.json') as Record<string, unknown>;

describe('market protocol versions', () => {
  it('a recorded market without a version is a v1 (CTF) market and stays eligible for the version rule', () => {
    const parsed = parseGammaMarket(base());
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.market.protocolVersion).toBe('v1');
  });

  it('a v2 market listing position ids only still parses, and the scanner rejects it with the version', () => {
    const { clobTokenIds, ...rest } = base();
    const parsed = parseGammaMarket({ ...rest, version: 'v2', positionIds: clobTokenIds });
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.market.protocolVersion).toBe('v2');
    const verdict = preFilterMarket(
      parsed.market,
      DEFAULT_SETTINGS.strategy,
      Date.parse('2026-03-22T07:00:00Z'),
    );
    expect(verdict).toMatchObject({
      eligible: false,
      rule: 'unsupported_version',
      text: { code: 'unsupported_version', params: { version: 'v2' } },
    });
  });

  it('a v1 market without clobTokenIds is still refused (never guesses ids)', () => {
    const { clobTokenIds, ...rest } = base();
    const parsed = parseGammaMarket({ ...rest, positionIds: clobTokenIds });
    expect(parsed).toMatchObject({ ok: false, reason: 'clobTokenIds missing' });
  });
});
