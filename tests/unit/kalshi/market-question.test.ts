import { describe, expect, it } from 'vitest';
import { matchMarkets } from '../../../lib/core/venues/cross-venue-match';
import { kalshiQuestion } from '../../../lib/core/venues/kalshi/market-question';

describe("a Kalshi market's question", () => {
  it('names the strike of a ladder rung that only its YES subtitle names', () => {
    expect(kalshiQuestion('Bitcoin price on Dec 31, 2026?', '$120,000 or above')).toBe(
      'Bitcoin price on Dec 31, 2026? — $120,000 or above',
    );
    expect(kalshiQuestion('Bitcoin price on Dec 31, 2026?', '$130,000 or above')).not.toBe(
      kalshiQuestion('Bitcoin price on Dec 31, 2026?', '$120,000 or above'),
    );
  });

  it('keeps the title when the subtitle adds no threshold (a date, "Yes", or the same number)', () => {
    const starship = 'Will SpaceX launch another Starship by May 19, 2026?';
    expect(kalshiQuestion(starship, 'Before May 20')).toBe(starship);
    expect(kalshiQuestion('Will it rain?', 'Yes')).toBe('Will it rain?');
    expect(kalshiQuestion('Fed rate above 4.25%?', 'Above 4.25%')).toBe('Fed rate above 4.25%?');
    expect(kalshiQuestion('Fed rate?', '')).toBe('Fed rate?');
  });

  it('lets the matcher tell the rungs apart: the right strike is likely, the next one is not', () => {
    const polymarket = {
      venue: 'polymarket' as const,
      id: '1',
      question: 'Will Bitcoin be above $120,000 on December 31, 2026?',
      rules: '',
      endTime: Date.UTC(2026, 11, 31, 23),
    };
    const rung = (strike: string) => ({
      venue: 'kalshi' as const,
      id: `kalshi:KXBTC-26DEC31-${strike}`,
      question: kalshiQuestion('Bitcoin price on Dec 31, 2026?', `${strike} or above`),
      rules: '',
      endTime: Date.UTC(2026, 11, 31, 22),
    });
    const same = matchMarkets(polymarket, rung('$120,000'));
    const next = matchMarkets(polymarket, rung('$130,000'));
    expect(same.reasons.map((r) => r.code)).toContain('same_threshold');
    expect(next.reasons.map((r) => r.code)).toContain('different_threshold');
    expect(same.confidence).toBeGreaterThan(next.confidence);
    expect(next.confidence).toBeLessThanOrEqual(0.3);
  });
});
