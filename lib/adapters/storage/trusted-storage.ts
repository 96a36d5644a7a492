import { browser } from 'wxt/browser';

/** The extension storage areas that hold anything of the wallet or the settings. */
const AREAS = ['local', 'session'] as const;

export type TrustedStorageOutcome = Record<(typeof AREAS)[number], 'restricted' | 'unsupported' | 'failed'>;

interface AccessLevelArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}

/**
 * Restricts browser.storage.local and .session to trusted contexts (the service worker and the
 * extension's own pages), so a content script cannot read the encrypted wallet (offline passphrase
 * guessing) nor delete or replace it. Called at every worker start. Firefox has no setAccessLevel:
 * there the area stays as the browser has it, and the outcome says "unsupported".
 */
export async function restrictStorageToTrustedContexts(): Promise<TrustedStorageOutcome> {
  const outcome = { local: 'unsupported', session: 'unsupported' } as TrustedStorageOutcome;
  for (const name of AREAS) {
    const area = browser.storage[name] as unknown as AccessLevelArea | undefined;
    if (typeof area?.setAccessLevel !== 'function') continue;
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
      outcome[name] = 'restricted';
    } catch {
      outcome[name] = 'failed';
    }
  }
  return outcome;
}
