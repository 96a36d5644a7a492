import { useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';
import type { TelegramTokenStatus } from '../../../lib/messaging/notify-protocol';
import { useRequest } from '../../hooks/use-request';

function statusText(status: TelegramTokenStatus | null): string {
  if (status === null) return i18n.t('common.loading');
  return i18n.t(`telegramToken.status.${status}`);
}

const statusColour: Record<TelegramTokenStatus, string> = {
  ok: 'text-gain',
  missing: 'text-slate-600',
  locked: 'text-warn',
  stale: 'text-warn',
};

/**
 * The Telegram bot token, write-only: typed into a password field, sent to the background and
 * cleared; only its status ('Saved', 'Not set', …) ever comes back.
 */
export function TelegramTokenField() {
  const id = useId();
  const [token, setToken] = useState('');
  const [status, setStatus] = useState<TelegramTokenStatus | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const load = useRequest('telegram.tokenStatus');
  const save = useRequest('telegram.setToken');
  const clear = useRequest('telegram.clearToken');
  const loadStatus = load.send;

  useEffect(() => {
    void loadStatus({}).then((s) => s && setStatus(s));
  }, [loadStatus]);

  async function onSave() {
    setNote(null);
    const next = await save.send({ token });
    if (next === undefined) return;
    setToken('');
    setStatus(next);
    setNote(i18n.t('telegramToken.savedNote'));
  }

  async function onRemove() {
    setNote(null);
    const next = await clear.send({});
    if (next === undefined) return;
    setStatus(next);
    setNote(i18n.t('telegramToken.removedNote'));
  }

  const busy = save.busy || clear.busy;
  const error = save.error ?? clear.error ?? load.error;
  return (
    <div className="space-y-2" data-testid="telegram-token">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {i18n.t('telegramToken.label')}
      </label>
      <p className="text-xs text-slate-600">{i18n.t('telegramToken.help')}</p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          placeholder="123456:ABC…"
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1.5 font-mono text-sm"
        />
        <button
          type="button"
          disabled={busy || token.trim() === ''}
          aria-busy={save.busy}
          onClick={() => void onSave()}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-500 disabled:opacity-60"
        >
          {save.busy ? i18n.t('telegramToken.saving') : i18n.t('telegramToken.save')}
        </button>
        <button
          type="button"
          disabled={busy || status === 'missing'}
          aria-busy={clear.busy}
          onClick={() => void onRemove()}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60"
        >
          {i18n.t('telegramToken.remove')}
        </button>
      </div>
      <p aria-live="polite" className="text-sm" data-testid="telegram-token-status">
        <span className="text-slate-700">{i18n.t('telegramToken.statusLabel')} </span>
        <span className={`font-medium ${status ? statusColour[status] : 'text-slate-600'}`}>
          {statusText(status)}
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
