import { i18n } from '#i18n';
import { formatNumber } from '../../ui/format';
import type { JobState } from './use-backtest-worker';

/** Progress with counts ("37 / 100 parameter sets"), a Cancel button while running, and the outcome. */
export function RunProgress(props: { state: JobState; onCancel: () => void }) {
  const { state } = props;
  if (state.status === 'running') {
    const label = i18n.t(`backtest.progress.${state.unit}`, state.total, {
      done: formatNumber(state.done),
      count: formatNumber(state.total),
    });
    return (
      <div className="flex flex-wrap items-center gap-3">
        <progress
          className="h-2 w-64 max-w-full overflow-hidden rounded [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600"
          max={Math.max(1, state.total)}
          value={state.done}
          aria-label={label}
        />
        <span role="status" className="text-sm tabular-nums text-slate-700">
          {label}
        </span>
        <button
          type="button"
          onClick={props.onCancel}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
        >
          {i18n.t('backtest.cancel')}
        </button>
      </div>
    );
  }
  if (state.status === 'cancelled')
    return (
      <p role="status" className="text-sm text-amber-700">
        {i18n.t('backtest.progress.cancelled', {
          done: formatNumber(state.done),
          total: formatNumber(state.total),
        })}
      </p>
    );
  if (state.status === 'error')
    return (
      <p role="alert" className="text-sm text-loss">
        {i18n.t('backtest.progress.failed', { message: state.message })}
      </p>
    );
  return null;
}
