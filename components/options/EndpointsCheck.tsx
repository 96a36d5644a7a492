import { i18n } from '#i18n';
import { request } from '../../lib/messaging/client';
import { useAction } from '../hooks/use-action';
import { formatNumber } from '../ui/format';

/** Try each API endpoint once and say, in words, what came back. */
export function EndpointsCheck() {
  const check = useAction(() => request('endpoints.check', {}));
  return (
    <div className="mt-2 border-t border-slate-100 pt-3 text-sm">
      <button
        type="button"
        disabled={check.busy}
        onClick={() => void check.run()}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60"
      >
        {check.busy ? i18n.t('options.checking') : i18n.t('options.checkEndpoints')}
      </button>
      {check.error && (
        <p role="alert" className="mt-2 text-xs text-loss">
          {check.error}
        </p>
      )}
      {check.result && (
        <ul className="mt-2 space-y-1 text-xs">
          {check.result.map((r) => (
            <li key={r.name} className={r.ok ? 'text-gain' : 'text-loss'}>
              <span className="font-semibold">{r.name}</span> — {r.detail}
              {r.latencyMs !== null && ` (${formatNumber(r.latencyMs)} ms)`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
