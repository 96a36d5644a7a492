import { useState } from 'react';
import { i18n } from '#i18n';
import { useRequest } from '../../hooks/use-request';
import { SealedSecretField, SecretInput } from '../sealed-secret-field';

/**
 * Under Wallet & vault, for proxy / Safe / deposit-wallet accounts (types 1–3): the Polymarket
 * Relayer API key and the address it was issued to, write-only. Split, merge and redeem of these
 * accounts go through Polymarket's relayer, which needs the key. They go to the background, are sealed
 * in the wallet vault, and the fields are cleared; only a status comes back.
 */
export function RelayerKeyField({ signatureType }: { signatureType: number }) {
  const [apiKey, setApiKey] = useState('');
  const [address, setAddress] = useState('');
  const load = useRequest('relayer.keyStatus');
  const save = useRequest('relayer.setKey');
  const remove = useRequest('relayer.removeKey');

  if (signatureType < 1 || signatureType > 3) return null;
  return (
    <SealedSecretField
      testId="relayer-key"
      className="mt-3 space-y-2 border-t border-slate-100 pt-3"
      words="relayerKey"
      load={load}
      save={save}
      remove={remove}
      payload={{ apiKey, address }}
      filled={apiKey.trim() !== '' && address.trim() !== ''}
      onSealed={() => {
        setApiKey('');
        setAddress('');
      }}
    >
      <p className="text-sm font-medium text-slate-800">{i18n.t('relayerKey.title')}</p>
      <p className="text-xs text-slate-600">{i18n.t('relayerKey.help')}</p>
      <SecretInput label={i18n.t('relayerKey.apiKey')} type="password" value={apiKey} onChange={setApiKey} />
      <SecretInput
        label={i18n.t('relayerKey.address')}
        type="text"
        value={address}
        onChange={setAddress}
        placeholder="0x…"
      />
    </SealedSecretField>
  );
}
