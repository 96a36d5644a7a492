import { useContext, useState } from 'react';
import { i18n } from '#i18n';
import { runAssumptions } from '../../../lib/core/backtest/edge/assumptions';
import { compareVerdicts, samePeriodRequest } from '../../../lib/core/backtest/edge/own-vs-backtest';
import { positionsEdge } from '../../../lib/core/backtest/edge/trade-returns';
import { DEFAULT_ENGINE_SETTINGS } from '../../../lib/core/backtest/engine';
import type { BacktestReport } from '../../../lib/core/backtest/report';
import type { PositionRow } from '../../../lib/core/model/rows/positions';
import { request } from '../../../lib/messaging/client';
import { useSettings } from '../../hooks/use-live-data';
import { EdgeVerdictLine } from '../../ui/EdgeVerdictLine';
import { assumptionLines, verdictWord } from '../../ui/edge-text';
import { formatDate, formatNumber } from '../../ui/format';
import { uiLocale } from '../../ui/locale';
import { ModeTag } from '../../ui/ModeTag';
import { errorText, optionalMessage } from '../../ui/ui-text';
import { BacktestRunnerContext } from '../backtest/backtest-runner-context';

type Mode = 'paper' | 'live';
type Outcome =
  | { kind: 'done'; reports: BacktestReport[]; assumptions: string[] }
  | { kind: 'no_data' }
  | { kind: 'error'; message: string };

function Sentence({ own, report }: { own: ReturnType<typeof positionsEdge>; report: BacktestReport }) {
  const locale = uiLocale();
  const backtest = report.summary.edge;
  const word = (s: typeof own) => verdictWord(s, optionalMessage, locale);
  const kind = compareVerdicts(own, backtest);
  const text =
    kind === 'thin'
      ? i18n.t('edge.own.compare.thin', {
          min: formatNumber(own.minTrades),
          own: formatNumber(own.trades),
          backtest: formatNumber(backtest.trades),
        })
      : kind === 'agree'
        ? i18n.t('edge.own.compare.agree', { verdict: word(own) })
        : i18n.t('edge.own.compare.disagree', { own: word(own), backtest: word(backtest) });
  return (
    <p data-testid={`own-vs-backtest-${kind}`} className="font-medium text-slate-800">
      {text}
    </p>
  );
}

/**
 * The bot's own closed positions beside the backtest of the same markets and period: the dataset is
 * built from what the extension recorded (price history, order books, scores), the strategies that
 * opened the positions run with the settings in force, and a sentence says whether both agree.
 */
export function OwnVsBacktest(props: { positions: PositionRow[]; modes: Mode[] }) {
  const runner = useContext(BacktestRunnerContext);
  const settings = useSettings();
  const [running, setRunning] = useState(false);
  // The outcomes of the period they were run for: a changed filter hides them until compared again.
  const [ran, setRan] = useState<{ key: string; outcomes: Partial<Record<Mode, Outcome>> }>({
    key: '',
    outcomes: {},
  });
  if (runner === null || !settings) return null;
  const requests = props.modes.map((mode) => ({
    mode,
    mine: props.positions.filter((p) => p.mode === mode),
    req: samePeriodRequest(props.positions.filter((p) => p.mode === mode)),
  }));
  const key = JSON.stringify(requests.map((r) => r.req));
  const outcomes = ran.key === key ? ran.outcomes : {};

  const compare = async () => {
    setRunning(true);
    const next: Partial<Record<Mode, Outcome>> = {};
    for (const { mode, req } of requests) {
      if (!req) continue;
      try {
        const built = await request('research.buildDataset', {
          marketIds: req.marketIds,
          window: { fromMs: req.fromMs, toMs: req.toMs },
        });
        const points = Object.values(built.dataset.prices).reduce((n, s) => n + s.length, 0);
        if (points === 0) {
          next[mode] = { kind: 'no_data' };
          continue;
        }
        const job = {
          kind: 'backtest' as const,
          dataset: built.dataset,
          strategies: req.strategies,
          params: { ...settings.strategy },
          initialCash: settings.paper.startingBalanceUsd,
        };
        const result = await runner.run(job, req.strategies.length, () => {});
        if (result.kind !== 'backtest') throw new Error(`expected a backtest, got ${result.kind}`);
        const fills = result.reports.reduce(
          (sum, r) => ({ book: sum.book + r.fills.book, synthetic: sum.synthetic + r.fills.synthetic }),
          { book: 0, synthetic: 0 },
        );
        const assumptions = assumptionLines(
          runAssumptions(runner.compiled(built.dataset), fills, DEFAULT_ENGINE_SETTINGS.fill),
          optionalMessage,
          uiLocale(),
        );
        next[mode] = { kind: 'done', reports: result.reports, assumptions };
      } catch (e) {
        next[mode] = { kind: 'error', message: errorText(e) };
      }
    }
    setRan({ key, outcomes: next });
    setRunning(false);
  };

  return (
    <div className="mt-2 space-y-2 border-t border-slate-200 pt-2" data-testid="own-vs-backtest">
      <div className="flex flex-wrap items-center gap-3">
        <h3 className="font-semibold">{i18n.t('edge.own.compare.title')}</h3>
        <button
          type="button"
          disabled={running}
          onClick={() => void compare()}
          className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100 disabled:opacity-50"
        >
          {i18n.t('edge.own.compare.run')}
        </button>
        {running && (
          <span role="status" className="text-slate-600">
            {i18n.t('edge.own.compare.running')}
          </span>
        )}
      </div>
      {requests.map(({ mode, mine, req }) => {
        const outcome = outcomes[mode];
        if (!req || !outcome) return null;
        const own = positionsEdge(mine);
        return (
          <div key={mode} className="space-y-1" data-testid={`own-vs-backtest-${mode}`}>
            <p className="text-slate-600">
              <ModeTag mode={mode} />{' '}
              {i18n.t('edge.own.compare.scope', req.positions, {
                count: formatNumber(req.positions),
                markets: formatNumber(req.marketIds.length),
                from: formatDate(req.fromMs),
                to: formatDate(req.toMs),
              })}
            </p>
            {outcome.kind === 'no_data' && (
              <p className="text-amber-800">{i18n.t('edge.own.compare.noData')}</p>
            )}
            {outcome.kind === 'error' && (
              <p role="alert" className="text-loss">
                {i18n.t('edge.own.compare.error', { error: outcome.message })}
              </p>
            )}
            {outcome.kind === 'done' &&
              outcome.reports.map((report) => (
                <div key={report.strategy} className="space-y-1">
                  <div className="grid gap-2 sm:grid-cols-2">
                    <div className="rounded-md bg-slate-50 p-2" data-testid="own-verdict">
                      <p className="text-xs font-semibold uppercase text-slate-500">
                        {i18n.t('edge.own.compare.own')}
                      </p>
                      <EdgeVerdictLine stats={own} />
                    </div>
                    <div className="rounded-md bg-slate-50 p-2" data-testid="backtest-verdict">
                      <p className="text-xs font-semibold uppercase text-slate-500">
                        {i18n.t('edge.own.compare.backtest', {
                          strategy: i18n.t(`backtest.strategies.${report.strategy as 'balancing'}`),
                        })}
                      </p>
                      <EdgeVerdictLine stats={report.summary.edge} />
                    </div>
                  </div>
                  <Sentence own={own} report={report} />
                </div>
              ))}
            {outcome.kind === 'done' && outcome.assumptions.length > 0 && (
              <div role="note" className="space-y-0.5 rounded-md bg-amber-50 px-3 py-2 text-amber-900">
                {outcome.assumptions.map((line) => (
                  <p key={line}>{line}</p>
                ))}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
