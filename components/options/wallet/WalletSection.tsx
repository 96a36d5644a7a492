import type { ReactNode } from 'react';
import { i18n } from '#i18n';
import { request } from '../../../lib/messaging/client';
import { useAction } from '../../hooks/use-action';
import { useNow } from '../../hooks/use-now';
import { formatDateTime } from '../../ui/format';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { ImportKeyForm } from './ImportKeyForm';
import { RemoveWallet } from './RemoveWallet';
import { UnlockForm } from './UnlockForm';
import { useWallet } from './use-wallet';

/** Wallet & vault: import, unlock, lock, auto-lock time, change passphrase, remove. Never shows a secret. */
export function WalletSection({ children }: { children?: ReactNode }) {
  const wallet = useWallet();
  const now = useNow(15_000);
  const lock = useAction(async () => {
    const status = await request('wallet.lock', {});
    wallet.setStatus(status);
    return status;
  });
  // The only way to push the auto-lock back from this page: reading the status never does.
  const stay = useAction(async () => {
    const status = await request('wallet.stayUnlocked', {});
    wallet.setStatus(status);
    return status;
  });
  const s = wallet.status;
  const minutesLeft = s?.autoLockAt ? Math.max(0, Math.round((s.autoLockAt - now) / 60_000)) : null;

  return (
    <section
      aria-labelledby="group-vault"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="wallet-section"
    >
      <h2 id="group-vault" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">
        {i18n.t('wallet.title')}
      </h2>
      {wallet.error && (
        <p role="alert" className="mb-2 text-sm text-loss">
          {wallet.error}
        </p>
      )}
      {!s ? (
        <p className="text-sm text-slate-600">{i18n.t('common.loading')}</p>
      ) : !s.hasWallet ? (
        <ImportKeyForm onStatus={wallet.setStatus} />
      ) : (
        <div className="space-y-3">
          <div className="text-sm">
            <p>
              {i18n.t('wallet.address')}{' '}
              <code
                className="break-all rounded bg-slate-100 px-1 font-mono text-xs"
                data-testid="wallet-address"
              >
                {s.address}
              </code>
            </p>
            <p className="text-xs text-slate-600">{i18n.t('wallet.checkAddress')}</p>
            <p className={`mt-1 font-semibold ${s.unlocked ? 'text-gain' : 'text-slate-700'}`} role="status">
              {s.unlocked
                ? i18n.t('wallet.unlocked', {
                    at: s.autoLockAt ? formatDateTime(s.autoLockAt) : '—',
                    minutes: String(minutesLeft ?? '—'),
                  })
                : i18n.t('wallet.locked')}
            </p>
          </div>
          {s.unlocked ? (
            <div className="flex flex-wrap items-center gap-2">
              <button
                type="button"
                disabled={lock.busy}
                onClick={() => void lock.run()}
                className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60"
              >
                {i18n.t('wallet.lock')}
              </button>
              <button
                type="button"
                disabled={stay.busy}
                onClick={() => void stay.run()}
                aria-describedby="stay-unlocked-help"
                className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60"
              >
                {i18n.t('wallet.stayUnlocked')}
              </button>
              <p id="stay-unlocked-help" className="w-full text-xs text-slate-600">
                {i18n.t('wallet.stayUnlockedHelp')}
              </p>
            </div>
          ) : (
            <UnlockForm onStatus={wallet.setStatus} />
          )}
          {(lock.error ?? stay.error) && (
            <p role="alert" className="text-xs text-loss">
              {lock.error ?? stay.error}
            </p>
          )}
          <ChangePassphraseForm onStatus={wallet.setStatus} />
          <RemoveWallet onStatus={wallet.setStatus} />
        </div>
      )}
      {children && <div className="mt-4 border-t border-slate-100 pt-2">{children}</div>}
    </section>
  );
}
