import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { type EntryPreview, tradeRequests } from '../hooks/trade-requests';
import { useAction } from '../hooks/use-action';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { uiText } from '../ui/ui-text';
import { EntryFills } from './EntryFills';
import { EntryPreviewDetails } from './EntryPreviewDetails';
import { previewMoved } from './preview-moved';

/**
 * "Enter" on an opportunity: ask the background for a preview, show it, and only on explicit
 * confirmation send the entry. The button is disabled while anything is in flight.
 */
export function EnterFlow(props: {
  marketId: string;
  marketName: string;
  compact?: boolean;
  autoOpen?: boolean;
}) {
  const [open, setOpen] = useState(props.autoOpen ?? false);
  const [preview, setPreview] = useState<EntryPreview | null>(null);
  const load = useAction(async () => {
    const p = await tradeRequests.preview(props.marketId);
    setPreview(p);
    return p;
  });
  const enter = useAction(() => tradeRequests.enter(props.marketId));
  const [checking, setChecking] = useState(false);
  const [moved, setMoved] = useState(false);

  /** Read the book again before sending: if it moved since the preview, show the new one instead. */
  async function confirm() {
    if (!preview) return;
    setChecking(true);
    const fresh = await tradeRequests.preview(props.marketId).catch(() => null);
    setChecking(false);
    if (fresh && previewMoved(preview, fresh)) {
      setPreview(fresh);
      setMoved(true);
      return;
    }
    setMoved(false);
    void enter.run();
  }

  function start() {
    setOpen(true);
    setPreview(null);
    setMoved(false);
    enter.reset();
    void load.run();
  }
  // Opened from the overlay (#enter=<marketId>): show the preview at once, still behind a confirmation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once on mount by design
  useEffect(() => {
    if (props.autoOpen) start();
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={start}
        disabled={load.busy || enter.busy}
        aria-label={i18n.t('entry.enterAria', { market: props.marketName })}
        className={`shrink-0 rounded-md bg-brand-600 font-semibold text-white hover:bg-brand-500 disabled:opacity-60 ${
          props.compact ? 'px-2 py-0.5 text-xs' : 'px-3 py-1.5 text-sm'
        }`}
      >
        {enter.busy ? i18n.t('entry.entering') : i18n.t('entry.enter')}
      </button>
      <ConfirmDialog
        open={open}
        title={preview ? i18n.t(`entry.titles.${preview.strategy}`) : i18n.t('entry.title')}
        confirmLabel={i18n.t('entry.confirm')}
        busyLabel={i18n.t('entry.entering')}
        cancelLabel={enter.done ? i18n.t('common.close') : i18n.t('common.cancel')}
        busy={enter.busy || checking}
        danger={preview?.mode === 'live'}
        confirmDisabled={!preview || preview.blocked !== null || enter.done}
        onClose={() => setOpen(false)}
        onConfirm={() => void confirm()}
      >
        {load.busy && <p className="text-slate-500">{i18n.t('entry.loadingPreview')}</p>}
        {load.error && (
          <p role="alert" className="text-loss">
            {i18n.t('entry.previewFailed', { error: load.error })}
          </p>
        )}
        {preview && <EntryPreviewDetails preview={preview} />}
        {moved && !enter.done && (
          <p
            role="alert"
            className="mt-2 rounded-md bg-amber-50 px-2 py-1 text-xs font-medium text-amber-900"
          >
            {i18n.t('entry.bookMoved')}
          </p>
        )}
        {enter.error && (
          <p role="alert" className="mt-2 text-xs text-loss">
            {enter.error}
          </p>
        )}
        {enter.done && (
          <p role="status" className="mt-2 text-xs font-medium text-gain">
            {enter.result?.message
              ? uiText('tradeOutcomes', enter.result.message, enter.result.text)
              : i18n.t('entry.done')}
          </p>
        )}
        {enter.result?.positionId && <EntryFills positionId={enter.result.positionId} preview={preview} />}
      </ConfirmDialog>
    </>
  );
}
