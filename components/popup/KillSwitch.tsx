import { i18n } from '#i18n';
import { useRequest } from '../hooks/use-request';

/** Stops every new entry at once. Off: grey; on: red. */
export function KillSwitch({ on }: { on: boolean | undefined }) {
  const { send, busy, error } = useRequest('killSwitch.set');
  return (
    <div className="flex flex-col items-end">
      <button
        type="button"
        role="switch"
        aria-checked={on ?? false}
        aria-label={i18n.t('killSwitch.label')}
        disabled={busy || on === undefined}
        onClick={() => void send({ on: !on })}
        title={on ? i18n.t('killSwitch.onHelp') : i18n.t('killSwitch.offHelp')}
        className={`flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-semibold transition ${
          on ? 'bg-red-700 text-white' : 'bg-slate-200 text-slate-800 hover:bg-slate-300'
        } disabled:opacity-60`}
      >
        <span aria-hidden="true" className={`h-2 w-2 rounded-full ${on ? 'bg-white' : 'bg-slate-500'}`} />
        {on ? i18n.t('killSwitch.on') : i18n.t('killSwitch.label')}
      </button>
      {error && (
        <p role="alert" className="mt-1 text-xs text-loss">
          {error}
        </p>
      )}
    </div>
  );
}
