import { describe, expect, it } from 'vitest';
import { unlockedAccount } from '../../../lib/adapters/vault/vault-account';
import { HARDHAT_ADDRESS, HARDHAT_KEY, makeVault, PASSPHRASE } from './vault-harness';

describe('unlockedAccount', () => {
  it('signs with the unlocked key and refuses when locked', async () => {
    const { vault } = makeVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    const account = await unlockedAccount(vault);
    expect(account.address).toBe(HARDHAT_ADDRESS);
    // ClobAuth test vector (polymarket-api.md §3.3): chainId 80002, ts 10000000, nonce 23.
    const signature = await account.signTypedData({
      domain: { name: 'ClobAuthDomain', version: '1', chainId: 80002 },
      types: {
        ClobAuth: [
          { name: 'address', type: 'address' },
          { name: 'timestamp', type: 'string' },
          { name: 'nonce', type: 'uint256' },
          { name: 'message', type: 'string' },
        ],
      },
      primaryType: 'ClobAuth',
      message: {
        address: HARDHAT_ADDRESS,
        timestamp: '10000000',
        nonce: 23n,
        message: 'This message attests that I control the given wallet',
      },
    });
    expect(signature).toBe(
      '0xf62319a987514da40e57e2f4d7529f7bac38f0355bd88bb5adbb3768d80de6c1682518e0af677d5260366425f4361e7b70c25ae232aff0ab2331e2b164a1aedc1b',
    );
    await vault.lock();
    await expect(unlockedAccount(vault)).rejects.toMatchObject({ code: 'wallet_locked' });
  });
});
