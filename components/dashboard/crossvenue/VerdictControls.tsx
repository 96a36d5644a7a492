import { i18n } from '#i18n';
import type { CrossVenueVerdict } from '../../../lib/messaging/cross-venue-protocol';

const choices = [
  { verdict: 'confirmed', key: 'sameEvent.confirm', pressed: 'border-blue-700 bg-blue-700 text-white' },
  { verdict: 'rejected', key: 'sameEvent.reject', pressed: 'border-red-700 bg-red-700 text-white' },
  { verdict: 'auto', key: 'sameEvent.auto', pressed: 'border-slate-600 bg-slate-600 text-white' },
] as const satisfies readonly { verdict: CrossVenueVerdict; key: string; pressed: string }[];

/**
 * The user's correction of a match: Confirm, Not the same bet, Back to automatic. The current
 * verdict is the pressed button; a verdict survives every later scan (the background keeps it).
 */
export function VerdictControls(props: {
  verdict: CrossVenueVerdict;
  busy: boolean;
  onVerdict: (v: CrossVenueVerdict) => void;
}) {
  return (
    <fieldset className="min-w-0" disabled={props.busy}>
      <legend className="mb-1 text-xs font-medium text-slate-700">{i18n.t('sameEvent.verdictGroup')}</legend>
      <div className="flex flex-wrap gap-1">
        {choices.map((c) => {
          const pressed = props.verdict === c.verdict;
          return (
            <button
              key={c.verdict}
              type="button"
              aria-pressed={pressed}
              data-verdict={c.verdict}
              onClick={() => !pressed && props.onVerdict(c.verdict)}
              className={`rounded-md border px-2 py-1 text-xs font-semibold disabled:opacity-60 ${
                pressed ? c.pressed : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'
              }`}
            >
              {i18n.t(c.key)}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
