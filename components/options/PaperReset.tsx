import { useState } from 'react';
import { i18n } from '#i18n';
import { tradeRequests } from '../hooks/trade-requests';
import { useAction } from '../hooks/use-action';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/** Reset the paper balance to the starting balance (asks first). */
export function PaperReset() {
  const [open, setOpen] = useState(false);
  const reset = useAction(() => tradeRequests.paperReset());
  return (
    <div className="mt-2 flex items-center justify-between gap-3 border-t border-slate-100 pt-3 text-sm">
      <span className="text-slate-700">
        {reset.done ? i18n.t('options.paperResetDone') : i18n.t('options.paperResetHelp')}
      </span>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100"
      >
        {i18n.t('options.paperReset')}
      </button>
      <ConfirmDialog
        open={open}
        title={i18n.t('options.paperResetTitle')}
        confirmLabel={i18n.t('options.paperReset')}
        busyLabel={i18n.t('options.switching')}
        cancelLabel={i18n.t('common.cancel')}
        busy={reset.busy}
        onClose={() => setOpen(false)}
        onConfirm={() => void reset.run().then((ok) => ok && setOpen(false))}
      >
        <p>{i18n.t('options.paperResetBody')}</p>
        {reset.error && (
          <p role="alert" className="mt-2 text-xs text-loss">
            {reset.error}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
