import { browser } from 'wxt/browser';
import type { SecretBlobStore } from './encrypted-secrets';

export const SECRET_KEY_PREFIX = 'secrets.';

/** Sealed secret blobs in browser.storage.local, one key per secret (`secrets.<name>`). */
export class BrowserSecretBlobStore implements SecretBlobStore {
  async load(name: string): Promise<unknown> {
    const key = SECRET_KEY_PREFIX + name;
    return (await browser.storage.local.get(key))[key];
  }

  async save(name: string, blob: unknown): Promise<void> {
    await browser.storage.local.set({ [SECRET_KEY_PREFIX + name]: blob });
  }

  async remove(name: string): Promise<void> {
    await browser.storage.local.remove(SECRET_KEY_PREFIX + name);
  }
}
