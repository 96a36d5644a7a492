import { useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';
import type { RelayerKeyStatus } from '../../../lib/messaging/relayer-protocol';
import { useRequest } from '../../hooks/use-request';

const statusColour: Record<RelayerKeyStatus, string> = {
  ok: 'text-gain',
  missing: 'text-slate-600',
  locked: 'text-warn',
  stale: 'text-warn',
};

/**
 * Under Wallet & vault, for proxy / Safe / deposit-wallet accounts (types 1–3): the Polymarket
 * Relayer API key and the address it was issued to, write-only. Split, merge and redeem of these
 * accounts go through Polymarket's relayer, which needs the key. They go to the background, are sealed
 * in the wallet vault, and the fields are cleared; only a status comes back.
 */
export function RelayerKeyField({ signatureType }: { signatureType: number }) {
  const keyField = useId();
  const addressField = useId();
  const [apiKey, setApiKey] = useState('');
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<RelayerKeyStatus | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const load = useRequest('relayer.keyStatus');
  const save = useRequest('relayer.setKey');
  const remove = useRequest('relayer.removeKey');
  const loadStatus = load.send;
  const shown = signatureType >= 1 && signatureType <= 3;

  useEffect(() => {
    if (shown) void loadStatus({}).then((s) => s && setStatus(s));
  }, [loadStatus, shown]);

  if (!shown) return null;

  async function onSave() {
    setNote(null);
    const next = await save.send({ apiKey, address });
    if (next === undefined) return;
    setApiKey('');
    setAddress('');
    setStatus(next);
    setNote(i18n.t('relayerKey.savedNote'));
  }

  async function onRemove() {
    setNote(null);
    const next = await remove.send({});
    if (next === undefined) return;
    setStatus(next);
    setNote(i18n.t('relayerKey.removedNote'));
  }

  const busy = save.busy || remove.busy;
  const error = save.error ?? remove.error ?? load.error;
  return (
    <div className="mt-3 space-y-2 border-t border-slate-100 pt-3" data-testid="relayer-key">
      <p className="text-sm font-medium text-slate-800">{i18n.t('relayerKey.title')}</p>
      <p className="text-xs text-slate-600">{i18n.t('relayerKey.help')}</p>
      <label htmlFor={keyField} className="block text-sm text-slate-800">
        {i18n.t('relayerKey.apiKey')}
      </label>
      <input
        id={keyField}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={apiKey}
        onChange={(e) => setApiKey(e.target.value)}
        className="w-full rounded-md border border-slate-300 px-2 py-1.5 font-mono text-sm"
      />
      <label htmlFor={addressField} className="block text-sm text-slate-800">
        {i18n.t('relayerKey.address')}
      </label>
      <input
        id={addressField}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={address}
        onChange={(e) => setAddress(e.target.value)}
        placeholder="0x…"
        className="w-full rounded-md border border-slate-300 px-2 py-1.5 font-mono text-sm"
      />
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          disabled={busy || apiKey.trim() === '' || address.trim() === ''}
          aria-busy={save.busy}
          onClick={() => void onSave()}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-500 disabled:opacity-60"
        >
          {save.busy ? i18n.t('relayerKey.saving') : i18n.t('relayerKey.save')}
        </button>
        <button
          type="button"
          disabled={busy || status === 'missing'}
          aria-busy={remove.busy}
          onClick={() => void onRemove()}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60"
        >
          {i18n.t('relayerKey.remove')}
        </button>
      </div>
      <p aria-live="polite" className="text-sm" data-testid="relayer-key-status">
        <span className="text-slate-700">{i18n.t('relayerKey.statusLabel')} </span>
        <span className={`font-medium ${status ? statusColour[status] : 'text-slate-600'}`}>
          {status === null ? i18n.t('common.loading') : i18n.t(`relayerKey.status.${status}`)}
        </span>
        {note && <span className="ml-2 text-gain">· {note}</span>}
      </p>
      {error && (
        <p role="alert" className="text-sm text-loss">
          {error}
        </p>
      )}
    </div>
  );
}
