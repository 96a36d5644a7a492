import { constants, createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pemToPkcs8 } from '../../../lib/adapters/kalshi/pkcs8-key';
import { createKalshiSigner, kalshiStringToSign } from '../../../lib/adapters/kalshi/request-signer';
import { KalshiKeyRegistry } from '../../fake-kalshi/auth/kalshi-key-registry';
import { freshKalshiKey } from './test-keys';

const key = freshKalshiKey();
const KEY_ID = 'a952bcbe-ec3b-4b5b-b8f9-11dae589608c';
const NOW = 1_703_123_456_789;
const lowerCase = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

describe('Kalshi request signer (RSA-PSS SHA-256, salt 32, WebCrypto)', () => {
  it('signs timestamp + METHOD + path, without host or query (the docs example string)', () => {
    expect(
      kalshiStringToSign(NOW, 'get', 'https://external-api.kalshi.com/trade-api/v2/portfolio/balance'),
    ).toBe('1703123456789GET/trade-api/v2/portfolio/balance');
    expect(kalshiStringToSign(NOW, 'GET', 'https://x.test/trade-api/v2/portfolio/orders?limit=5')).toBe(
      '1703123456789GET/trade-api/v2/portfolio/orders',
    );
  });

  it('wraps a PKCS#1 key into the same PKCS#8 bytes as openssl/node', () => {
    expect(Buffer.from(pemToPkcs8(key.pkcs1Pem)).equals(key.pkcs8Der)).toBe(true);
    expect(Buffer.from(pemToPkcs8(key.pkcs8Pem)).equals(key.pkcs8Der)).toBe(true);
  });

  it('a signature from either PEM format verifies with salt length 32 (and not with the maximum salt)', async () => {
    for (const pem of [key.pkcs1Pem, key.pkcs8Pem]) {
      const signer = await createKalshiSigner({ keyId: KEY_ID, privateKeyPem: pem }, () => NOW);
      const headers = await signer.headers('POST', 'https://x.test/trade-api/v2/portfolio/events/orders?x=1');
      expect(headers['KALSHI-ACCESS-KEY']).toBe(KEY_ID);
      expect(headers['KALSHI-ACCESS-TIMESTAMP']).toBe(String(NOW));
      const message = Buffer.from(`${NOW}POST/trade-api/v2/portfolio/events/orders`);
      const signature = Buffer.from(headers['KALSHI-ACCESS-SIGNATURE'], 'base64');
      const publicKey = createPublicKey(key.publicPem);
      const check = (saltLength: number) =>
        verify(
          'sha256',
          message,
          { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength },
          signature,
        );
      expect(check(32)).toBe(true);
      expect(check(222)).toBe(false);
    }
  });

  it("the fake's check accepts it, and refuses a tampered path, method, timestamp or an unknown key", async () => {
    const registry = new KalshiKeyRegistry();
    registry.register(KEY_ID, key.publicPem);
    registry.now = () => NOW;
    const signer = await createKalshiSigner({ keyId: KEY_ID, privateKeyPem: key.pkcs1Pem }, () => NOW);
    const headers = lowerCase(await signer.headers('GET', 'http://127.0.0.1/trade-api/v2/portfolio/balance'));
    expect(registry.check(headers, 'GET', '/trade-api/v2/portfolio/balance')).toEqual({
      ok: true,
      keyId: KEY_ID,
    });
    const refused = (h: Record<string, string>, method: string, path: string) => {
      const result = registry.check(h, method, path);
      return result.ok ? 'accepted' : result.details;
    };
    expect(refused(headers, 'GET', '/trade-api/v2/portfolio/orders')).toMatch(/INCORRECT_API_KEY_SIGNATURE/);
    expect(refused(headers, 'DELETE', '/trade-api/v2/portfolio/balance')).toMatch(
      /INCORRECT_API_KEY_SIGNATURE/,
    );
    const shifted = { ...headers, 'kalshi-access-timestamp': String(NOW + 1) };
    expect(refused(shifted, 'GET', '/trade-api/v2/portfolio/balance')).toMatch(/INCORRECT_API_KEY_SIGNATURE/);
    registry.now = () => NOW + 60_000;
    expect(refused(headers, 'GET', '/trade-api/v2/portfolio/balance')).toMatch(/INVALID_TIMESTAMP/);
    registry.now = () => NOW;
    expect(
      refused({ ...headers, 'kalshi-access-key': 'other' }, 'GET', '/trade-api/v2/portfolio/balance'),
    ).toMatch(/INVALID_API_KEY/);
  });

  it('refuses a file that is not a key without ever quoting it', async () => {
    const secretish = `-----BEGIN RSA PRIVATE KEY-----\nTOPSECRET${'A'.repeat(40)}\n-----END RSA PRIVATE KEY-----`;
    const error = await createKalshiSigner({ keyId: KEY_ID, privateKeyPem: secretish }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'validation', code: 'kalshi_key_invalid' });
    expect(JSON.stringify(error) + String(error)).not.toMatch(/TOPSECRET/);
    const notPem = await createKalshiSigner({ keyId: KEY_ID, privateKeyPem: 'hello' }).catch(
      (e: unknown) => e,
    );
    expect(String(notPem)).toMatch(/not a Kalshi private key file/);
    const noId = await createKalshiSigner({ keyId: ' ', privateKeyPem: key.pkcs8Pem }).catch(
      (e: unknown) => e,
    );
    expect(String(noId)).toMatch(/key id is missing/);
  });
});
