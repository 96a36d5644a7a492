import { useState } from 'react';
import { i18n } from '#i18n';
import { request } from '../../../lib/messaging/client';
import type { WalletStatus } from '../../../lib/messaging/wallet-protocol';
import { useAction } from '../../hooks/use-action';
import { SecretField } from './PassphraseField';

/**
 * Import a private key under a passphrase. The key goes to the background once and is cleared from
 * the form whatever happens; only the derived address comes back, for the user to check.
 */
export function ImportKeyForm({ onStatus }: { onStatus: (s: WalletStatus) => void }) {
  const [key, setKey] = useState('');
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const action = useAction(async () => {
    const privateKey = key;
    setKey('');
    try {
      const status = await request('wallet.import', { privateKey, passphrase: pass });
      onStatus(status);
      return status;
    } finally {
      setPass('');
      setAgain('');
    }
  });
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        setMismatch(pass !== again);
        if (pass === again) void action.run();
      }}
    >
      <p className="text-sm text-slate-700">{i18n.t('wallet.importIntro')}</p>
      <SecretField label={i18n.t('wallet.privateKey')} value={key} onChange={setKey} />
      <SecretField
        label={i18n.t('wallet.newPassphrase')}
        value={pass}
        onChange={setPass}
        autoComplete="new-password"
      />
      <SecretField
        label={i18n.t('wallet.repeatPassphrase')}
        value={again}
        onChange={setAgain}
        autoComplete="new-password"
      />
      {mismatch && (
        <p role="alert" className="text-xs text-loss">
          {i18n.t('wallet.mismatch')}
        </p>
      )}
      {action.error && (
        <p role="alert" className="text-xs text-loss">
          {action.error}
        </p>
      )}
      <button
        type="submit"
        disabled={action.busy || key === '' || pass === ''}
        className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-500 disabled:opacity-60"
      >
        {action.busy ? i18n.t('wallet.importing') : i18n.t('wallet.import')}
      </button>
    </form>
  );
}
