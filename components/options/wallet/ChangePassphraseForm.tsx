import { useState } from 'react';
import { i18n } from '#i18n';
import { request } from '../../../lib/messaging/client';
import type { WalletStatus } from '../../../lib/messaging/wallet-protocol';
import { useAction } from '../../hooks/use-action';
import { SecretField } from './PassphraseField';

/** Re-encrypt the key under a new passphrase (fields cleared after each try). */
export function ChangePassphraseForm({ onStatus }: { onStatus: (s: WalletStatus) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const action = useAction(async () => {
    const payload = { current, next };
    setCurrent('');
    setNext('');
    const status = await request('wallet.changePassphrase', payload);
    onStatus(status);
    return status;
  });
  return (
    <details className="rounded-lg border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-semibold">{i18n.t('wallet.changePassphrase')}</summary>
      <form
        className="mt-3 space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run();
        }}
      >
        <SecretField
          label={i18n.t('wallet.currentPassphrase')}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
        />
        <SecretField
          label={i18n.t('wallet.newPassphrase')}
          value={next}
          onChange={setNext}
          autoComplete="new-password"
        />
        {action.error && (
          <p role="alert" className="text-xs text-loss">
            {action.error}
          </p>
        )}
        {action.done && <p className="text-xs text-gain">{i18n.t('wallet.passphraseChanged')}</p>}
        <button
          type="submit"
          disabled={action.busy || current === '' || next === ''}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60"
        >
          {i18n.t('wallet.changePassphrase')}
        </button>
      </form>
    </details>
  );
}
