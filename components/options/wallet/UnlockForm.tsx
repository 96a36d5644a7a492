import { useState } from 'react';
import { i18n } from '#i18n';
import { request } from '../../../lib/messaging/client';
import type { WalletStatus } from '../../../lib/messaging/wallet-protocol';
import { useAction } from '../../hooks/use-action';
import { SecretField } from './PassphraseField';

/** Unlock the vault with the passphrase (cleared after each try). */
export function UnlockForm({ onStatus }: { onStatus: (s: WalletStatus) => void }) {
  const [pass, setPass] = useState('');
  const action = useAction(async () => {
    const passphrase = pass;
    setPass('');
    const status = await request('wallet.unlock', { passphrase });
    onStatus(status);
    return status;
  });
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <SecretField
        label={i18n.t('wallet.passphrase')}
        value={pass}
        onChange={setPass}
        autoComplete="current-password"
      />
      <button
        type="submit"
        disabled={action.busy || pass === ''}
        className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-500 disabled:opacity-60"
      >
        {action.busy ? i18n.t('wallet.unlocking') : i18n.t('wallet.unlock')}
      </button>
      {action.error && (
        <p role="alert" className="w-full text-xs text-loss">
          {action.error}
        </p>
      )}
    </form>
  );
}
