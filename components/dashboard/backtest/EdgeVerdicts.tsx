import { useMemo } from 'react';
import { i18n } from '#i18n';
import type { CompiledDataset } from '../../../lib/core/backtest/compiled-dataset';
import { runAssumptions } from '../../../lib/core/backtest/edge/assumptions';
import type { RunBaselines } from '../../../lib/core/backtest/edge/baselines';
import { modelWiderThanMaxSpread } from '../../../lib/core/backtest/edge/model-spread';
import type { FillModelSettings } from '../../../lib/core/backtest/fill-model';
import type { BacktestReport } from '../../../lib/core/backtest/report';
import { baselineTexts } from '../../ui/baseline-text';
import { Card } from '../../ui/Card';
import { EdgeVerdictLine } from '../../ui/EdgeVerdictLine';
import { assumptionLines } from '../../ui/edge-text';
import { uiLocale } from '../../ui/locale';
import { optionalMessage } from '../../ui/ui-text';
import { reportKey, reportLabel } from './report-label';

/**
 * The first thing a run shows: whether each strategy has an edge (mean per trade, 95 % interval,
 * trades, verdict), then its baselines on the same markets (hold both legs to resolution, no trade),
 * what the run could not observe (modelled fills with the book model it ran with, rules not
 * checked), and that a positive result is not a promise.
 */
export function EdgeVerdicts(props: {
  reports: BacktestReport[];
  baselines: RunBaselines[];
  fill: FillModelSettings;
  /** The maximum spread of the parameters the run used. */
  maxSpread: number;
  data: CompiledDataset | null;
}) {
  const { reports, baselines, fill, maxSpread, data } = props;
  const locale = uiLocale();
  const lines = useMemo(() => {
    if (!data) return [];
    const fills = reports.reduce(
      (sum, r) => ({ book: sum.book + r.fills.book, synthetic: sum.synthetic + r.fills.synthetic }),
      { book: 0, synthetic: 0 },
    );
    const assumptions = runAssumptions(data, fills, fill);
    const lines = assumptionLines(assumptions, optionalMessage, locale);
    if (modelWiderThanMaxSpread(assumptions, { maxSpread })) {
      const cents = (price: number) =>
        `${(price * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}¢`;
      lines.splice(
        1,
        0,
        i18n.t('edge.modelTooWide', { spread: cents(assumptions.spread ?? 0), max: cents(maxSpread) }),
      );
    }
    return lines;
  }, [reports, data, fill, maxSpread, locale]);
  return (
    <Card title={i18n.t('edge.title')}>
      <ul className="space-y-2 text-sm" data-testid="edge-verdicts">
        {reports.map((r, i) => {
          const base = baselines[i];
          const texts = base ? baselineTexts(base, optionalMessage, locale) : null;
          return (
            <li key={reportKey(r)}>
              <span className="mr-2 text-slate-700">{reportLabel(r)}</span>
              <EdgeVerdictLine stats={r.summary.edge} />
              {texts && (
                <ul
                  className="mt-1 ml-4 list-disc pl-4 text-slate-700"
                  data-testid="edge-baselines"
                  aria-label={i18n.t('edge.baselines.title')}
                >
                  <li data-testid="baseline-hold">{texts.holdBoth}</li>
                  <li data-testid="baseline-none">{texts.noTrade}</li>
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-xs text-slate-600">{i18n.t('edge.baselines.hint')}</p>
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
