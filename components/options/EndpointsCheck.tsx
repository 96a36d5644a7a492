import { i18n } from '#i18n';
import type { VenueCheck } from '../../lib/app/ports/venue-diagnostics-port';
import { request } from '../../lib/messaging/client';
import { useAction } from '../hooks/use-action';
import { formatNumber } from '../ui/format';
import { uiText } from '../ui/ui-text';

/** A check's words: the coded result in the page's language, else what the venue answered. */
const checkText = (check: VenueCheck): string => uiText('venueChecks.codes', check.detail, check.text);

/** Try each enabled venue once (Polymarket's APIs; Kalshi's API, key and location) and say what came back. */
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
        <ul className="mt-2 space-y-1 text-xs" data-testid="endpoint-checks">
          {check.result.map((r) => (
            <li key={`${r.venue}-${r.name}`} className={r.ok ? 'text-gain' : 'text-loss'}>
              <span className="font-semibold">
                {r.venue === 'polymarket' ? r.name : i18n.t(`venueChecks.names.${r.name}`)}
              </span>{' '}
              — {checkText(r)}
              {r.latencyMs !== null && ` (${formatNumber(r.latencyMs)} ms)`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
