import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from './base64';
import type { SecretBlobStore, SecretRead } from './encrypted-secrets';
import type { SecretRegistry } from './vault-ports';

/**
 * Secrets that must work without a wallet (the Telegram bot token of a paper user), sealed with a
 * DEVICE key: an AES-GCM-256 WebCrypto key generated non-extractable and kept in its own IndexedDB
 * database. Its bytes never exist in script memory, storage or IndexedDB rows as data: only the
 * browser's key object is stored, and it can encrypt/decrypt but never be exported. Blobs in
 * storage.local are IV + ciphertext only.
 */
export interface DeviceKeyStore {
  load(): Promise<CryptoKey | undefined>;
  save(key: CryptoKey): Promise<void>;
}

const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export const deviceSealedSchema = z.object({
  kind: z.literal('device-aes-gcm'),
  iv: z.string(),
  ciphertext: z.string(),
});

export class DeviceSealedSecrets {
  #key: Promise<CryptoKey> | null = null;

  constructor(
    private readonly keys: DeviceKeyStore,
    private readonly blobs: SecretBlobStore,
    private readonly registry?: SecretRegistry,
  ) {}

  /** The device key, generated (non-extractable) and saved on first use. */
  key(): Promise<CryptoKey> {
    this.#key ??= (async () => {
      const stored = await this.keys.load();
      if (stored) return stored;
      const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
        'encrypt',
        'decrypt',
      ]);
      await this.keys.save(fresh);
      return fresh;
    })();
    return this.#key;
  }

  async store(name: string, value: string): Promise<void> {
    this.registry?.registerSecret(value);
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      await this.key(),
      encoder.encode(value),
    );
    await this.blobs.save(name, {
      kind: 'device-aes-gcm',
      iv: bytesToBase64(iv),
      ciphertext: bytesToBase64(new Uint8Array(sealed)),
    });
  }

  async read(name: string): Promise<SecretRead> {
    const blob = await this.blobs.load(name);
    if (blob === undefined || blob === null) return { status: 'missing' };
    const parsed = deviceSealedSchema.safeParse(blob);
    if (!parsed.success) return { status: 'stale' };
    try {
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: base64ToBytes(parsed.data.iv) },
        await this.key(),
        base64ToBytes(parsed.data.ciphertext),
      );
      const value = decoder.decode(plain);
      this.registry?.registerSecret(value);
      return { status: 'ok', value };
    } catch {
      return { status: 'stale' };
    }
  }

  remove(name: string): Promise<void> {
    return this.blobs.remove(name);
  }
}

const DB_NAME = 'equilibrage-device-key';
const STORE = 'keys';
const KEY_ID = 'device';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The device key object in its own IndexedDB database (the browser keeps it non-extractable). */
export class IndexedDbDeviceKeyStore implements DeviceKeyStore {
  async load(): Promise<CryptoKey | undefined> {
    const db = await open();
    try {
      return await new Promise<CryptoKey | undefined>((resolve, reject) => {
        const get = db.transaction(STORE).objectStore(STORE).get(KEY_ID);
        get.onsuccess = () => resolve(get.result instanceof CryptoKey ? get.result : undefined);
        get.onerror = () => reject(get.error);
      });
    } finally {
      db.close();
    }
  }

  async save(key: CryptoKey): Promise<void> {
    const db = await open();
    try {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(STORE, 'readwrite');
        tx.objectStore(STORE).put(key, KEY_ID);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  }
}
