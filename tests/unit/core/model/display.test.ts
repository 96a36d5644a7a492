import { describe, expect, it } from 'vitest';
import { formatCents, formatPercent, formatShares, formatUsd } from '../../../../lib/core/model/display';

describe('display formatting for decision messages', () => {
  it('shows prices in cents without trailing zeros', () => {
    expect(formatCents(40_000)).toBe('4¢');
    expect(formatCents(35_000)).toBe('3.5¢');
    expect(formatCents(650_000)).toBe('65¢');
    expect(formatCents(1_000)).toBe('0.1¢');
    expect(formatCents(999_000)).toBe('99.9¢');
  });

  it('shows dollars with thousands separators, cents only when needed', () => {
    expect(formatUsd(10_000_000_000)).toBe('$10,000');
    expect(formatUsd(12_340_000)).toBe('$12.34');
    expect(formatUsd(99_996_664)).toBe('$100.00');
    expect(formatUsd(-1_500_000)).toBe('-$1.50');
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(1_234_567_890_000)).toBe('$1,234,567.89');
  });

  it('shows fractions as percentages and shares to 2 dp', () => {
    expect(formatPercent(0.3)).toBe('30%');
    expect(formatPercent(0.025)).toBe('2.5%');
    expect(formatPercent(-0.15344)).toBe('-15.34%');
    expect(formatShares(12_340_000)).toBe('12.34');
    expect(formatShares(5_000_000)).toBe('5');
  });
});
