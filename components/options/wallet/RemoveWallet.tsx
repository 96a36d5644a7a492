import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { request } from '../../../lib/messaging/client';
import type { WalletStatus } from '../../../lib/messaging/wallet-protocol';
import { useAction } from '../../hooks/use-action';

/** Remove the encrypted key from this browser: only after typing REMOVE. */
export function RemoveWallet({ onStatus }: { onStatus: (s: WalletStatus) => void }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const action = useAction(async () => {
    const status = await request('wallet.remove', { confirm: 'REMOVE' });
    setTyped('');
    onStatus(status);
    return status;
  });
  return (
    <details className="rounded-lg border border-red-200 p-3">
      <summary className="cursor-pointer text-sm font-semibold text-loss">{i18n.t('wallet.remove')}</summary>
      <p className="mt-2 text-sm text-slate-700">{i18n.t('wallet.removeWarning')}</p>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <label htmlFor={id} className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{i18n.t('wallet.typeRemove')}</span>
          <input
            id={id}
            value={typed}
            autoComplete="off"
            onChange={(e) => setTyped(e.target.value)}
            className="w-40 rounded-md border border-slate-300 px-2 py-1 font-mono"
          />
        </label>
        <button
          type="button"
          disabled={typed !== 'REMOVE' || action.busy}
          onClick={() => void action.run()}
          className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        >
          {i18n.t('wallet.removeConfirm')}
        </button>
      </div>
      {action.error && (
        <p role="alert" className="mt-2 text-xs text-loss">
          {action.error}
        </p>
      )}
    </details>
  );
}
