import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { backtestBench } from './backtest-bench';
import { buildSizeBench } from './build-size-bench';
import { monitorBench } from './monitor-bench';
import { popupRenderBench } from './popup-render-bench';
import { reactionBench } from './reaction-bench';
import { scanBench } from './scan-bench';
import { storeBench } from './store-bench';
import type { BenchRow } from './support/bench-row';
import { describeMachine, machine } from './support/machine';
import { formatTable } from './support/print-table';
import { vaultBench } from './vault-bench';

/**
 * `npm run bench` (tsx tests/bench/run-bench.ts [section …]): speed and scale figures, never part of
 * `npm test`. Prints a table and writes tests/bench/results.json.
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
};

const wanted = process.argv.slice(2).filter((a) => a in SECTIONS);
const names = wanted.length > 0 ? wanted : Object.keys(SECTIONS);
const rows: BenchRow[] = [];
const m = machine();
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
process.stdout.write(`\n${formatTable(rows)}\n`);
const out = fileURLToPath(new URL('./results.json', import.meta.url));
writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), machine: m, rows }, null, 2)}\n`);
process.stdout.write(`\nwritten: tests/bench/results.json\n`);
process.exit(0);
