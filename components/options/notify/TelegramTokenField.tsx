import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { useRequest } from '../../hooks/use-request';
import { SealedSecretField } from '../sealed-secret-field';

/**
 * The Telegram bot token, write-only: typed into a password field, sent to the background and
 * cleared; only its status ('Saved', 'Not set', …) ever comes back.
 */
export function TelegramTokenField() {
  const id = useId();
  const [token, setToken] = useState('');
  const load = useRequest('telegram.tokenStatus');
  const save = useRequest('telegram.setToken');
  const clear = useRequest('telegram.clearToken');

  return (
    <SealedSecretField
      testId="telegram-token"
      className="space-y-2"
      words="telegramToken"
      load={load}
      save={save}
      remove={clear}
      payload={{ token }}
      filled={token.trim() !== ''}
      onSealed={() => setToken('')}
      rowStart={
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
      }
    >
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {i18n.t('telegramToken.label')}
      </label>
      <p className="text-xs text-slate-600">{i18n.t('telegramToken.help')}</p>
    </SealedSecretField>
  );
}
