import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { useRequest } from '../../hooks/use-request';
import { SealedSecretField, SecretInput } from '../sealed-secret-field';

/**
 * Under the Kalshi settings: the API key id and the private key file, write-only. They go to the
 * background, are sealed in the wallet vault, and the fields are cleared; only a status comes back.
 * Demo keys first: a demo key works only with the demo environment.
 */
export function KalshiKeyField() {
  const pemField = useId();
  const [keyId, setKeyId] = useState('');
  const [pem, setPem] = useState('');
  const load = useRequest('kalshi.keyStatus');
  const save = useRequest('kalshi.setKey');
  const remove = useRequest('kalshi.removeKey');

  async function onFile(file: File | undefined) {
    if (file) setPem(await file.text());
  }

  return (
    <SealedSecretField
      testId="kalshi-key"
      className="mt-3 space-y-2 border-t border-slate-100 pt-3"
      words="kalshiKey"
      load={load}
      save={save}
      remove={remove}
      payload={{ keyId, privateKeyPem: pem }}
      filled={keyId.trim() !== '' && pem.trim() !== ''}
      onSealed={() => {
        setKeyId('');
        setPem('');
      }}
      rowStart={
        <label className="cursor-pointer rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
          {i18n.t('kalshiKey.chooseFile')}
          <input
            type="file"
            accept=".key,.pem,.txt"
            className="sr-only"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
      }
      afterStatus={<p className="text-xs text-slate-600">{i18n.t('kalshiKey.regions')}</p>}
    >
      <p className="text-sm font-medium text-slate-800">{i18n.t('kalshiKey.title')}</p>
      <p className="text-xs text-slate-600">{i18n.t('kalshiKey.help')}</p>
      <SecretInput
        label={i18n.t('kalshiKey.keyId')}
        type="text"
        value={keyId}
        onChange={setKeyId}
        placeholder="a952bcbe-ec3b-4b5b-b8f9-11dae589608c"
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
    </SealedSecretField>
  );
}
