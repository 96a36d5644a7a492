import { useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';
import type { KalshiKeyStatus } from '../../../lib/messaging/kalshi-protocol';
import { useRequest } from '../../hooks/use-request';

const statusColour: Record<KalshiKeyStatus, string> = {
  ok: 'text-gain',
  missing: 'text-slate-600',
  locked: 'text-warn',
  stale: 'text-warn',
};

/**
 * Under the Kalshi settings: the API key id and the private key file, write-only. They go to the
 * background, are sealed in the wallet vault, and the fields are cleared; only a status comes back.
 * Demo keys first: a demo key works only with the demo environment.
 */
export function KalshiKeyField() {
  const idField = useId();
  const pemField = useId();
  const [keyId, setKeyId] = useState('');
  const [pem, setPem] = useState('');
  const [status, setStatus] = useState<KalshiKeyStatus | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const load = useRequest('kalshi.keyStatus');
  const save = useRequest('kalshi.setKey');
  const remove = useRequest('kalshi.removeKey');
  const loadStatus = load.send;

  useEffect(() => {
    void loadStatus({}).then((s) => s && setStatus(s));
  }, [loadStatus]);

  async function onFile(file: File | undefined) {
    if (file) setPem(await file.text());
  }

  async function onSave() {
    setNote(null);
    const next = await save.send({ keyId, privateKeyPem: pem });
    if (next === undefined) return;
    setKeyId('');
    setPem('');
    setStatus(next);
    setNote(i18n.t('kalshiKey.savedNote'));
  }

  async function onRemove() {
    setNote(null);
    const next = await remove.send({});
    if (next === undefined) return;
    setStatus(next);
    setNote(i18n.t('kalshiKey.removedNote'));
  }

  const busy = save.busy || remove.busy;
  const error = save.error ?? remove.error ?? load.error;
  return (
    <div className="mt-3 space-y-2 border-t border-slate-100 pt-3" data-testid="kalshi-key">
      <p className="text-sm font-medium text-slate-800">{i18n.t('kalshiKey.title')}</p>
      <p className="text-xs text-slate-600">{i18n.t('kalshiKey.help')}</p>
      <label htmlFor={idField} className="block text-sm text-slate-800">
        {i18n.t('kalshiKey.keyId')}
      </label>
      <input
        id={idField}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={keyId}
        onChange={(e) => setKeyId(e.target.value)}
        placeholder="a952bcbe-ec3b-4b5b-b8f9-11dae589608c"
        className="w-full rounded-md border border-slate-300 px-2 py-1.5 font-mono text-sm"
      />
      <label htmlFor={pemField} className="block text-sm text-slate-800">
        {i18n.t('kalshiKey.privateKey')}
      </label>
      <textarea
        id={pemField}
        autoComplete="off"
        spellCheck={false}
        rows={3}
        value={pem}
        onChange={(e) => setPem(e.target.value)}
        placeholder="-----BEGIN RSA PRIVATE KEY-----"
        className="w-full rounded-md border border-slate-300 px-2 py-1.5 font-mono text-xs"
      />
      <div className="flex flex-wrap items-center gap-2">
        <label className="cursor-pointer rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
          {i18n.t('kalshiKey.chooseFile')}
          <input
            type="file"
            accept=".key,.pem,.txt"
            className="sr-only"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
        <button
          type="button"
          disabled={busy || keyId.trim() === '' || pem.trim() === ''}
          aria-busy={save.busy}
          onClick={() => void onSave()}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-500 disabled:opacity-60"
        >
          {save.busy ? i18n.t('kalshiKey.saving') : i18n.t('kalshiKey.save')}
        </button>
        <button
          type="button"
          disabled={busy || status === 'missing'}
          aria-busy={remove.busy}
          onClick={() => void onRemove()}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60"
        >
          {i18n.t('kalshiKey.remove')}
        </button>
      </div>
      <p aria-live="polite" className="text-sm" data-testid="kalshi-key-status">
        <span className="text-slate-700">{i18n.t('kalshiKey.statusLabel')} </span>
        <span className={`font-medium ${status ? statusColour[status] : 'text-slate-600'}`}>
          {status === null ? i18n.t('common.loading') : i18n.t(`kalshiKey.status.${status}`)}
        </span>
        {note && <span className="ml-2 text-gain">· {note}</span>}
      </p>
      <p className="text-xs text-slate-600">{i18n.t('kalshiKey.regions')}</p>
      {error && (
        <p role="alert" className="text-sm text-loss">
          {error}
        </p>
      )}
    </div>
  );
}
