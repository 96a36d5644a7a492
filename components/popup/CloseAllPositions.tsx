import { useState } from 'react';
import { i18n } from '#i18n';
import type { PositionRow } from '../../lib/core/model/rows/positions';
import { useCloseAll } from '../hooks/use-close-all';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatCents, formatNumber } from '../ui/format';
import { outcomeLabel } from '../ui/outcome-label';

interface HeldSide {
  label: string;
  price: number | null;
}

function heldSides(p: PositionRow): HeldSide[] {
  const sides: HeldSide[] = [];
  if (p.sharesYes > 0) sides.push({ label: outcomeLabel(p.yesLabel, 'yes'), price: p.currentPriceYes });
  if (p.sharesNo > 0) sides.push({ label: outcomeLabel(p.noLabel, 'no'), price: p.currentPriceNo });
  return sides;
}

/** "Close all positions": lists what will be sold and in which mode, asks once, then says what happened. */
export function CloseAllPositions({ positions }: { positions: PositionRow[] }) {
  const [open, setOpen] = useState(false);
  // A resolved position has no book to sell into: it is redeemed (ResolvedCapitalCard), not closed.
  const closable = positions.filter((p) => p.status !== 'opening' && !p.redeem);
  const close = useCloseAll(closable);
  if (closable.length === 0 && !close.done) return null;
  const sides = closable.reduce((n, p) => n + heldSides(p).length, 0);
  const live = closable.some((p) => p.mode === 'live');

  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={close.busy || closable.length === 0}
        aria-busy={close.busy}
        onClick={() => {
          close.reset();
          setOpen(true);
        }}
        className="rounded-md border border-red-300 bg-white px-2 py-0.5 text-xs font-semibold text-loss hover:bg-red-50 disabled:opacity-60"
      >
        {close.busy ? i18n.t('closeAll.closing') : i18n.t('closeAll.button')}
      </button>
      {close.result && !open && (
        <p role="status" className="text-xs text-gain" data-testid="close-all-result">
          {i18n.t('closeAll.result', {
            closed: String(close.result.closed),
            total: String(close.result.total),
          })}
        </p>
      )}
      {close.error && !open && (
        <p role="alert" className="text-xs text-loss">
          {i18n.t('closeAll.failed', { error: close.error })}
        </p>
      )}
      <ConfirmDialog
        open={open}
        title={i18n.t('closeAll.title')}
        confirmLabel={i18n.t('closeAll.confirm', closable.length, { count: formatNumber(closable.length) })}
        busyLabel={i18n.t('closeAll.closing')}
        cancelLabel={i18n.t('common.cancel')}
        busy={close.busy}
        danger={live}
        onClose={() => setOpen(false)}
        onConfirm={() => void close.run().then(() => setOpen(false))}
      >
        <p>
          {i18n.t('closeAll.summary', closable.length, {
            count: formatNumber(closable.length),
            sides: formatNumber(sides),
          })}
        </p>
        <ul className="tabular mt-2 max-h-60 space-y-1 overflow-y-auto text-slate-700">
          {closable.map((p) => (
            <li key={p.id}>
              <span className="font-medium">{p.marketName}</span>
              {' — '}
              {heldSides(p)
                .map((s) => i18n.t('closeAll.sells', { side: s.label, price: formatCents(s.price) }))
                .join(', ')}
            </li>
          ))}
        </ul>
        <p className={`mt-2 font-semibold ${live ? 'text-loss' : 'text-paper'}`}>
          {live ? i18n.t('mode.liveOrders') : i18n.t('mode.paperOrders')}
        </p>
      </ConfirmDialog>
    </div>
  );
}
