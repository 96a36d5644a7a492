import { useState } from 'react';
import { i18n } from '#i18n';
import type { EdgeStats } from '../../../lib/core/backtest/edge/edge-stats';
import type { ParamSet } from '../../../lib/core/backtest/param-space';
import type { StrategyName } from '../../../lib/core/strategies/strategy-names';
import { request } from '../../../lib/messaging/client';
import type { Settings } from '../../../lib/settings/schema';
import { useAction } from '../../hooks/use-action';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EdgeVerdictLine } from '../../ui/EdgeVerdictLine';
import { paramDiff, strategyPatch } from './param-diff';
import { paramLabel, showParam } from './param-label';

/**
 * "Apply best parameters": the diff against the current settings, one confirmation, then
 * settings.update. Parameters tuned for another strategy than the live one switch the live strategy
 * too (the row says so): they mean nothing for the strategy they were not tuned on. Before the
 * question, the dialog says what the backtest proved about the set, and plainly when no set of the
 * search has a positive lower bound (no edge shown at all).
 */
export function ApplyBest(props: {
  best: ParamSet;
  /** The backtest's edge verdict for `best` (in-sample). */
  edge: EdgeStats;
  /** No ranked set has a positive lower bound of its mean per-trade return. */
  noPositive: boolean;
  strategy: StrategyName;
  current: Settings['strategy'] | undefined;
}) {
  const [open, setOpen] = useState(false);
  const changes = props.current ? paramDiff(props.current, props.best) : [];
  const switching = props.current !== undefined && props.current.kind !== props.strategy;
  const strategyName = (name: StrategyName) => i18n.t(`backtest.strategies.${name}`);
  const apply = useAction(async () => {
    const patch = { ...strategyPatch(changes), ...(switching ? { kind: props.strategy } : {}) };
    const reply = await request('settings.update', { patch: { strategy: patch } });
    if (!reply.ok) throw new Error(reply.issues.map((i) => i.message).join(' '));
    return reply;
  });
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3">
      <button
        type="button"
        disabled={!props.current || (changes.length === 0 && !switching)}
        onClick={() => setOpen(true)}
        className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-500 disabled:opacity-50"
      >
        {i18n.t('backtest.apply.button')}
      </button>
      {props.current && changes.length === 0 && !switching && (
        <span className="text-sm text-slate-500">{i18n.t('backtest.apply.same')}</span>
      )}
      {apply.result && !open && (
        <span role="status" className="text-sm text-gain">
          {i18n.t('backtest.apply.done')}
        </span>
      )}
      <ConfirmDialog
        open={open}
        title={i18n.t('backtest.apply.title')}
        confirmLabel={i18n.t('backtest.apply.confirm')}
        busyLabel={i18n.t('backtest.apply.busy')}
        cancelLabel={i18n.t('backtest.apply.cancel')}
        busy={apply.busy}
        onConfirm={async () => {
          if (await apply.run()) setOpen(false);
        }}
        onClose={() => setOpen(false)}
      >
        <div data-testid="apply-verdict" className="mb-3 rounded-md bg-slate-50 px-3 py-2 text-sm">
          <p className="text-slate-700">{i18n.t('edge.apply.heading')}</p>
          <p>
            <EdgeVerdictLine stats={props.edge} />
          </p>
          {props.noPositive && (
            <p data-testid="apply-no-positive" className="mt-1 font-semibold text-amber-800">
              {i18n.t('edge.apply.noPositive')}
            </p>
          )}
        </div>
        <p className="mb-2">{i18n.t('backtest.apply.intro')}</p>
        <table className="w-full text-sm tabular-nums">
          <thead>
            <tr className="text-left text-slate-500">
              <th scope="col">{i18n.t('backtest.apply.param')}</th>
              <th scope="col">{i18n.t('backtest.apply.current')}</th>
              <th scope="col">{i18n.t('backtest.apply.next')}</th>
            </tr>
          </thead>
          <tbody>
            {switching && props.current && (
              <tr data-testid="apply-strategy">
                <th scope="row" className="text-left font-normal">
                  {i18n.t('backtest.optimiser.strategy')}
                </th>
                <td>{strategyName(props.current.kind)}</td>
                <td className="font-semibold">{strategyName(props.strategy)}</td>
              </tr>
            )}
            {changes.map((c) => (
              <tr key={paramLabel(c.param)}>
                <th scope="row" className="text-left font-normal">
                  {paramLabel(c.param)}
                </th>
                <td>{showParam(c.param, c.current)}</td>
                <td className="font-semibold">{showParam(c.param, c.next)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {apply.error && (
          <p role="alert" className="mt-2 text-loss">
            {apply.error}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
