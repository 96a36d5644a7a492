import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A modal confirmation (native <dialog>: focus is trapped, Escape cancels). The confirm button shows
 * progress and cannot be pressed twice while `busy`.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  confirmLabel: string;
  busyLabel: string;
  cancelLabel: string;
  busy: boolean;
  danger?: boolean;
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="confirm-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        if (!props.busy) props.onClose();
      }}
      className="m-auto w-[min(94vw,440px)] rounded-xl border border-slate-200 bg-white p-0 text-left text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      {props.open && (
        <div className="p-4">
          <h2 id="confirm-dialog-title" className="mb-3 text-base font-semibold">
            {props.title}
          </h2>
          <div className="text-sm">{props.children}</div>
          <div className="mt-4 flex justify-end gap-2">
            <button
              type="button"
              disabled={props.busy}
              onClick={props.onClose}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60"
            >
              {props.cancelLabel}
            </button>
            <button
              type="button"
              disabled={props.busy || props.confirmDisabled}
              aria-busy={props.busy}
              onClick={props.onConfirm}
              className={`rounded-md px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60 ${
                props.danger ? 'bg-red-700 hover:bg-red-800' : 'bg-brand-600 hover:bg-brand-500'
              }`}
            >
              {props.busy ? props.busyLabel : props.confirmLabel}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
