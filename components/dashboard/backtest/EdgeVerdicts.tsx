import { useMemo } from 'react';
import { i18n } from '#i18n';
import type { CompiledDataset } from '../../../lib/core/backtest/compiled-dataset';
import { runAssumptions } from '../../../lib/core/backtest/edge/assumptions';
import { DEFAULT_ENGINE_SETTINGS } from '../../../lib/core/backtest/engine';
import type { BacktestReport } from '../../../lib/core/backtest/report';
import { Card } from '../../ui/Card';
import { EdgeVerdictLine } from '../../ui/EdgeVerdictLine';
import { assumptionLines } from '../../ui/edge-text';
import { uiLocale } from '../../ui/locale';
import { optionalMessage } from '../../ui/ui-text';

/**
 * The first thing a run shows: whether each strategy has an edge (mean per trade, 95 % interval,
 * trades, verdict), what the run could not observe (modelled fills, rules not checked), and that a
 * positive result is not a promise. The dashboard runs with the engine's default fill model.
 */
export function EdgeVerdicts(props: { reports: BacktestReport[]; data: CompiledDataset | null }) {
  const { reports, data } = props;
  const lines = useMemo(() => {
    if (!data) return [];
    const fills = reports.reduce(
      (sum, r) => ({ book: sum.book + r.fills.book, synthetic: sum.synthetic + r.fills.synthetic }),
      { book: 0, synthetic: 0 },
    );
    return assumptionLines(
      runAssumptions(data, fills, DEFAULT_ENGINE_SETTINGS.fill),
      optionalMessage,
      uiLocale(),
    );
  }, [reports, data]);
  return (
    <Card title={i18n.t('edge.title')}>
      <ul className="space-y-1 text-sm" data-testid="edge-verdicts">
        {reports.map((r) => (
          <li key={r.strategy}>
            <span className="mr-2 text-slate-700">
              {i18n.t(`backtest.strategies.${r.strategy as 'balancing'}`)}
            </span>
            <EdgeVerdictLine stats={r.summary.edge} />
          </li>
        ))}
      </ul>
      {lines.length > 0 && (
        <div
          role="note"
          data-testid="edge-assumptions"
          className="mt-2 space-y-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <p className="mt-2 text-xs text-slate-600">{i18n.t('edge.hint')}</p>
    </Card>
  );
}
