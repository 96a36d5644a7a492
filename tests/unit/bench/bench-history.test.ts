import { describe, expect, it } from 'vitest';
import {
  commitLabel,
  compareWithLast,
  describeComparison,
  type HistoryEntry,
  historyEntry,
  improvement,
  machineKey,
} from '../../bench/support/bench-history';
import { row } from '../../bench/support/bench-row';
import { formatTable } from '../../bench/support/print-table';

const HERE = machineKey({ cpu: 'AMD EPYC', cores: 2, memoryGb: 23.5, platform: 'linux x64' });
const ELSEWHERE = machineKey({ cpu: 'Intel Xeon', cores: 2, memoryGb: 23.5, platform: 'linux x64' });

const entry = (
  commit: string,
  machine: string,
  figures: [string, number | null, string][],
): HistoryEntry => ({
  at: '2026-12-06T06:00:00.000Z',
  commit,
  machine,
  rows: figures.map(([metric, value, unit]) => ({ section: 'backtest', metric, value, unit })),
});

const figure = (metric: string, value: number | null, unit: string) => ({
  section: 'backtest',
  metric,
  value,
  unit,
});

describe('bench history: REGRESSED beside a figure more than 30 % worse than last time here', () => {
  const history = [
    entry('aaaaaaa', HERE, [
      ['throughput', 10_000_000, 'points/s'],
      ['optimiser', 20, 's'],
    ]),
    entry('bbbbbbb', ELSEWHERE, [
      ['throughput', 50_000_000, 'points/s'],
      ['optimiser', 2, 's'],
    ]),
  ];

  it('a throughput is worse when lower: 35 % lower regresses, 25 % lower does not', () => {
    const down35 = compareWithLast(figure('throughput', 6_500_000, 'points/s'), history, HERE);
    expect(down35).toMatchObject({ previous: 10_000_000, previousCommit: 'aaaaaaa', regressed: true });
    expect(describeComparison(down35)).toBe('−35 % vs aaaaaaa REGRESSED');
    const down25 = compareWithLast(figure('throughput', 7_500_000, 'points/s'), history, HERE);
    expect(down25.regressed).toBe(false);
    expect(describeComparison(down25)).toBe('−25 % vs aaaaaaa');
  });

  it('a time is worse when higher: 40 % more regresses, half the time is +50 %', () => {
    const slower = compareWithLast(figure('optimiser', 28, 's'), history, HERE);
    expect(slower.regressed).toBe(true);
    expect(describeComparison(slower)).toBe('−40 % vs aaaaaaa REGRESSED');
    const faster = compareWithLast(figure('optimiser', 10, 's'), history, HERE);
    expect(faster).toMatchObject({ regressed: false, change: 0.5 });
    expect(describeComparison(faster)).toBe('+50 % vs aaaaaaa');
  });

  it('exactly 30 % worse is not yet a regression', () => {
    expect(improvement(7_000_000, 10_000_000, 'points/s')).toBeCloseTo(-0.3, 12);
    expect(compareWithLast(figure('optimiser', 26, 's'), history, HERE).regressed).toBe(false);
  });

  it('compares only with runs on the same machine, the latest one that has the figure', () => {
    const later = [...history, entry('ccccccc', HERE, [['optimiser', 12, 's']])];
    expect(compareWithLast(figure('optimiser', 15, 's'), later, HERE)).toMatchObject({
      previous: 12,
      previousCommit: 'ccccccc',
      regressed: false,
    });
    // ccccccc did not measure the throughput: the comparison goes back to aaaaaaa.
    expect(compareWithLast(figure('throughput', 9_000_000, 'points/s'), later, HERE).previousCommit).toBe(
      'aaaaaaa',
    );
    expect(compareWithLast(figure('throughput', 9_000_000, 'points/s'), later, ELSEWHERE).regressed).toBe(
      true,
    );
  });

  it('says nothing without a previous value or without a value now', () => {
    const first = compareWithLast(figure('throughput', 1, 'points/s'), [], HERE);
    expect(first).toEqual({ previous: null, previousCommit: null, change: null, regressed: false });
    expect(describeComparison(first)).toBe('');
    const failed = compareWithLast(figure('optimiser', null, 's'), history, HERE);
    expect(failed.regressed).toBe(false);
    expect(describeComparison(failed)).toBe('');
  });

  it('records each run beside its commit, dirty when the tree was', () => {
    expect(commitLabel('1a2b3c4', false)).toBe('1a2b3c4');
    expect(commitLabel('1a2b3c4', true)).toBe('1a2b3c4-dirty');
    const rows = [row('backtest', 'throughput', 12_000_000, 'points/s', 'how it was measured')];
    expect(historyEntry('2026-12-06T07:00:00.000Z', '1a2b3c4-dirty', HERE, rows)).toEqual({
      at: '2026-12-06T07:00:00.000Z',
      commit: '1a2b3c4-dirty',
      machine: HERE,
      rows: [{ section: 'backtest', metric: 'throughput', value: 12_000_000, unit: 'points/s' }],
    });
  });

  it('prints the comparison in the table beside the figure', () => {
    const rows = [row('backtest', 'optimiser', 28, 's', 'how')];
    const table = formatTable(rows, [describeComparison(compareWithLast(rows[0] as never, history, HERE))]);
    expect(table).toContain('−40 % vs aaaaaaa REGRESSED');
  });
});
