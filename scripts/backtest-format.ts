import type { OptimiseResult } from '../lib/core/backtest/optimiser';
import type { BacktestReport } from '../lib/core/backtest/report';
import type { WalkForwardResult } from '../lib/core/backtest/walk-forward';

/** Plain-text tables for the backtest CLI. */
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)}%`);
const num = (x: number | null, d = 2) => (x === null ? '—' : x.toFixed(d));
const usd = (x: number) => `${x < 0 ? '-' : ''}$${Math.abs(x).toFixed(2)}`;
const day = (t: number) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function summaryTable(reports: readonly BacktestReport[]): string {
  const metrics: [string, (r: BacktestReport) => string][] = [
    ['Trades', (r) => String(r.summary.trades)],
    ['Win rate', (r) => pct(r.summary.winRate)],
    ['Total P&L', (r) => usd(r.summary.totalPnl)],
    ['Total return', (r) => pct(r.summary.totalReturn)],
    ['Avg trade return', (r) => pct(r.summary.avgTradeReturn)],
    ['Max drawdown', (r) => `${pct(r.summary.maxDrawdown)} (${usd(r.summary.maxDrawdownUsd)})`],
    ['Sharpe', (r) => num(r.summary.sharpe)],
    ['Sortino', (r) => num(r.summary.sortino)],
    ['Profit factor', (r) => num(r.summary.profitFactor)],
    ['Exposure', (r) => pct(r.summary.exposure)],
    ['Avg holding (h)', (r) => num(r.summary.avgHoldingHours, 1)],
    ['Fees paid', (r) => usd(r.summary.feesPaid)],
    ['Fills book/synthetic', (r) => `${r.fills.book}/${r.fills.synthetic}`],
    ['Rejected orders', (r) => String(r.summary.rejectedOrders)],
  ];
  const first = reports[0];
  const period = first
    ? `${day(first.period.start)} → ${day(first.period.end)} (${first.period.days.toFixed(1)} days)`
    : '';
  return [
    `Period ${period}; Sharpe/Sortino: ${first?.summary.annualisation ?? ''}`,
    table(
      ['Metric', ...reports.map((r) => r.strategy)],
      metrics.map(([name, f]) => [name, ...reports.map(f)]),
    ),
  ].join('\n');
}

export function exitTable(report: BacktestReport): string {
  return table(
    ['Exit reason', 'Count', 'P&L', 'Avg P&L'],
    report.perExitReason.map((r) => [
      r.reason,
      String(r.count),
      usd(r.pnl),
      r.avgPnl === null ? '—' : usd(r.avgPnl),
    ]),
  );
}

export function marketTable(report: BacktestReport, limit: number): string {
  const rows = report.perMarket
    .slice(0, limit)
    .map((m) => [m.marketId, String(m.trades), String(m.wins), usd(m.pnl), usd(m.fees)]);
  return table(['Market (worst first)', 'Trades', 'Wins', 'P&L', 'Fees'], rows);
}

export function optimiseTable(result: OptimiseResult, limit: number): string {
  const rows = result.ranked
    .slice(0, limit)
    .map((c) => [
      JSON.stringify(c.set),
      Number.isFinite(c.score) ? num(c.score, 4) : 'not rankable',
      String(c.summary.trades),
      pct(c.summary.winRate),
      pct(c.summary.maxDrawdown),
    ]);
  const head = `${result.runs} runs, ${result.skipped} skipped${result.cancelled ? ', CANCELLED' : ''}`;
  return [head, ...result.notes, table(['Parameters', 'Score', 'Trades', 'Win rate', 'Max DD'], rows)].join(
    '\n',
  );
}

export function walkForwardTable(result: WalkForwardResult): string {
  const rows = result.folds.map((f, i) => [
    String(i + 1),
    `${day(f.train.from)} → ${day(f.train.to)}`,
    JSON.stringify(f.best),
    num(f.inSample, 4),
    num(f.outOfSample, 4),
    f.status === 'ok' ? (f.warning ?? 'ok') : `${f.status.replace('_', ' ')}: ${f.warning ?? ''}`,
  ]);
  return [
    ...result.notes,
    table(['Fold', 'Train window', 'Best', 'In-sample', 'Out-of-sample', 'Check'], rows),
  ].join('\n');
}
