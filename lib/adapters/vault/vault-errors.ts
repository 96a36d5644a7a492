import { operationalError, validationError } from '../../errors/app-error';

export const MIN_PASSPHRASE_LENGTH = 8;

export const walletLockedError = () =>
  operationalError('The wallet is locked. Unlock it in the options page.', { code: 'wallet_locked' });

export const noWalletError = () =>
  validationError('No wallet is set up yet. Import a private key first.', { code: 'no_wallet' });

export const walletExistsError = () =>
  validationError('A wallet is already set up. Remove it before importing another key.', {
    code: 'wallet_exists',
  });

export const throttledError = (retryAfterSeconds: number) =>
  validationError(`Too many attempts; try again in ${retryAfterSeconds} s.`, {
    code: 'unlock_throttled',
    details: { retryAfterSeconds },
  });

export const invalidCredentialsError = () =>
  validationError('API credentials need a key, a secret (base64) and a passphrase.', {
    code: 'invalid_api_credentials',
  });

/** Throws unless the passphrase is long enough; the message never repeats it. */
export function assertPassphraseStrength(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw validationError(`The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters.`, {
      code: 'weak_passphrase',
    });
  }
}
