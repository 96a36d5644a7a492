import type { Hex } from 'viem';
import { validationError } from '../../errors/app-error';
import { type ApiCredentials, apiCredentialsSchema } from './api-credentials';
import { base64ToBytes, bytesToBase64 } from './base64';
import {
  type BoxKey,
  deriveKeyForBlob,
  newBoxKey,
  openWithKey,
  type RandomBytes,
  sealWithKey,
} from './crypto-box';
import { parsePrivateKey } from './private-key';
import type { SealedBlob } from './sealed-blob';
import type { UnlockedSession, VaultRecord } from './vault-records';

/** The secrets a wallet holds once opened. */
export interface WalletSecrets {
  privateKey: Hex;
  apiCredentials: ApiCredentials | null;
}

export interface SealedWallet {
  boxKey: BoxKey;
  keyBlob: SealedBlob;
  apiBlob: SealedBlob | undefined;
}

/** Seals the key (and credentials) under a freshly salted key derived from the passphrase. */
export async function sealWallet(
  secrets: WalletSecrets,
  passphrase: string,
  iterations: number,
  random?: RandomBytes,
): Promise<SealedWallet> {
  const boxKey = await newBoxKey(passphrase, iterations, random);
  const keyBlob = await sealWithKey(secrets.privateKey, boxKey, random);
  const apiBlob = secrets.apiCredentials
    ? await sealCredentials(secrets.apiCredentials, boxKey, random)
    : undefined;
  return { boxKey, keyBlob, apiBlob };
}

export function sealCredentials(
  credentials: ApiCredentials,
  boxKey: BoxKey,
  random?: RandomBytes,
): Promise<SealedBlob> {
  return sealWithKey(JSON.stringify(credentials), boxKey, random);
}

/** Opens a stored wallet; a wrong passphrase or damaged data throws the crypto box's one error. */
export async function openWallet(
  record: VaultRecord,
  passphrase: string,
): Promise<WalletSecrets & { boxKey: BoxKey }> {
  const boxKey = await deriveKeyForBlob(record.keyBlob, passphrase);
  const parsed = parsePrivateKey(await openWithKey(record.keyBlob, boxKey));
  if (!parsed.ok || parsed.address !== record.address) throw damagedError();
  let apiCredentials: ApiCredentials | null = null;
  if (record.apiBlob) {
    const result = apiCredentialsSchema.safeParse(parseJson(await openWithKey(record.apiBlob, boxKey)));
    if (!result.success) throw damagedError();
    apiCredentials = result.data;
  }
  return { boxKey, privateKey: parsed.key, apiCredentials };
}

/** The derived key as kept in the session store, and back. */
export function boxKeyToSession(boxKey: BoxKey): Pick<UnlockedSession, 'boxKey' | 'salt' | 'iterations'> {
  return {
    boxKey: bytesToBase64(boxKey.bytes),
    salt: bytesToBase64(boxKey.salt),
    iterations: boxKey.iterations,
  };
}

export function boxKeyFromSession(session: UnlockedSession): BoxKey {
  return {
    bytes: base64ToBytes(session.boxKey),
    salt: base64ToBytes(session.salt),
    iterations: session.iterations,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function damagedError() {
  return validationError('Wrong passphrase, or the vault data is damaged.', { code: 'wrong_passphrase' });
}
