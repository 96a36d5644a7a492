import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { backtestBench } from './backtest-bench';
import { buildSizeBench } from './build-size-bench';
import { crossVenueBench } from './cross-venue-bench';
import { monitorBench } from './monitor-bench';
import { popupRenderBench } from './popup-render-bench';
import { reactionBench } from './reaction-bench';
import { scanBench } from './scan-bench';
import { storeBench } from './store-bench';
import {
  commitLabel,
  compareWithLast,
  describeComparison,
  type HistoryEntry,
  historyEntry,
  machineKey,
} from './support/bench-history';
import type { BenchRow } from './support/bench-row';
import { describeMachine, machine } from './support/machine';
import { formatTable } from './support/print-table';
import { vaultBench } from './vault-bench';

/**
 * `npm run bench` (tsx tests/bench/run-bench.ts [section …]): speed and scale figures, never part of
 * `npm test`. Prints a table and writes tests/bench/results.json; appends the run to
 * tests/bench/history.json beside the commit it measured, and marks REGRESSED every figure more than
 * 30 % worse than the last run of that figure on the same machine (support/bench-history.ts).
 */
const SECTIONS: Record<string, () => Promise<BenchRow[]>> = {
  reaction: reactionBench,
  scan: scanBench,
  monitor: monitorBench,
  backtest: backtestBench,
  store: storeBench,
  vault: vaultBench,
  build: buildSizeBench,
  popup: popupRenderBench,
  crossVenue: crossVenueBench,
};

const wanted = process.argv.slice(2).filter((a) => a in SECTIONS);
const names = wanted.length > 0 ? wanted : Object.keys(SECTIONS);
const rows: BenchRow[] = [];
const m = machine();
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const commit = commitLabel(
  git('rev-parse', '--short', 'HEAD'),
  git('status', '--porcelain', '--', '.', ':!tests/bench/history.json').length > 0,
);
process.stdout.write(`Machine: ${describeMachine(m)}\n`);
for (const name of names) {
  const run = SECTIONS[name];
  if (!run) continue;
  process.stdout.write(`… ${name}\n`);
  try {
    rows.push(...(await run()));
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    rows.push({ section: name, metric: 'failed', value: null, unit: '', goal: '', met: false, how: message });
  }
}
const historyFile = fileURLToPath(new URL('./history.json', import.meta.url));
const history: HistoryEntry[] = existsSync(historyFile) ? JSON.parse(readFileSync(historyFile, 'utf8')) : [];
const key = machineKey(m);
const comparisons = rows.map((r) => compareWithLast(r, history, key));
process.stdout.write(`\nCommit: ${commit}\n${formatTable(rows, comparisons.map(describeComparison))}\n`);
const regressed = rows.filter((_, i) => comparisons[i]?.regressed).map((r) => `${r.section} ${r.metric}`);
if (regressed.length > 0)
  process.stdout.write(`\nREGRESSED (> 30 % worse than the last run): ${regressed.join('; ')}\n`);
const at = new Date().toISOString();
const out = fileURLToPath(new URL('./results.json', import.meta.url));
writeFileSync(out, `${JSON.stringify({ at, commit, machine: m, rows }, null, 2)}\n`);
history.push(historyEntry(at, commit, key, rows));
writeFileSync(historyFile, `${JSON.stringify(history, null, 1)}\n`);
process.stdout.write(
  `\nwritten: tests/bench/results.json, tests/bench/history.json (${history.length} runs)\n`,
);
process.exit(0);
