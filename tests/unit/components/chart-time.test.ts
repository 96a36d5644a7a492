import { TickMarkType } from 'lightweight-charts';
import { afterEach, describe, expect, it } from 'vitest';
import { localTickMark, localTimeLabel } from '../../../components/dashboard/charts/chart-time';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('chart time axis (issue 21 item 9)', () => {
  it('labels times in local time, like the tables, not in UTC', () => {
    process.env.TZ = 'Europe/Paris';
    // 2026-12-05 22:13 UTC is 23:13 in Paris.
    const t = Date.UTC(2026, 11, 5, 22, 13) / 1000;
    expect(localTickMark(t as never, TickMarkType.Time, 'fr-FR')).toBe('23:13');
    expect(localTimeLabel(t as never, 'fr-FR')).toContain('23:13');
    process.env.TZ = 'America/New_York';
    expect(localTickMark(t as never, TickMarkType.Time, 'en-US')).toBe('05:13 PM');
  });
});
