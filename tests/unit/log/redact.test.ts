import { describe, expect, it } from 'vitest';
import { operationalError } from '../../../lib/errors/app-error';
import { Redactor } from '../../../lib/log/redact';
import { isSecretFieldName } from '../../../lib/log/secret-field-names';

const KEY_HEX = 'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const KEY_BASE64 = Buffer.from(KEY_HEX, 'hex').toString('base64');
const KEY_BASE64URL = Buffer.from(KEY_HEX, 'hex').toString('base64url');
const ADDRESS = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const CONDITION_ID = '0x5f65177b394277fd294cd75650044e32ba009a95022d88a0c1d565897d72f8f1';
const TOKEN_ID = '71321045679252212594626385532706912750332728571942532289631379312455583992563';

describe('isSecretFieldName', () => {
  it.each([
    'privateKey',
    'private_key',
    'secret',
    'apiSecret',
    'passphrase',
    'POLY_PASSPHRASE',
    'POLY_API_KEY',
    'POLY_SIGNATURE',
    'poly-address',
    'signature',
    'password',
    'token',
    'accessToken',
    'Authorization',
    'apiKey',
    'mnemonic',
    'credentials',
  ])('treats %s as secret', (name) => {
    expect(isSecretFieldName(name)).toBe(true);
  });

  it.each(['marketId', 'passId', 'tokenId', 'address', 'price', 'keyCount', 'conditionId', 'tokens'])(
    'keeps %s',
    (name) => {
      expect(isSecretFieldName(name)).toBe(false);
    },
  );
});

describe('Redactor', () => {
  it('drops secret-named fields at any depth', () => {
    const r = new Redactor();
    const out = r.redactFields({
      marketId: 'm1',
      privateKey: 'whatever',
      headers: { POLY_API_KEY: 'k', POLY_SIGNATURE: 's', 'content-type': 'json' },
      creds: { key: 'k', secret: 's', passphrase: 'p' },
    });
    expect(out).toEqual({ marketId: 'm1', headers: { 'content-type': 'json' } });
  });

  it.each([
    ['0x-prefixed 64 hex', `key 0x${KEY_HEX} end`],
    ['bare 64 hex', `key ${KEY_HEX} end`],
    ['upper-case hex', `key ${KEY_HEX.toUpperCase()} end`],
    ['a 65-byte signature', `sig 0x${KEY_HEX}${KEY_HEX}1b end`],
    ['base64 ≥ 32 chars', `secret ${KEY_BASE64} end`],
    ['base64url ≥ 32 chars', `secret ${KEY_BASE64URL} end`],
  ])('replaces %s in free text', (_label, text) => {
    const out = new Redactor().redactText(text);
    expect(out).toMatch(/^\w+ \[redacted\] end$/);
  });

  it('keeps addresses, decimal token ids, UUIDs, slugs and ordinary words', () => {
    const text = `${ADDRESS} ${TOKEN_ID} 1f0e8c9a-6d6e-4b52-9a5c-3a3f4c1d2e7b will-bitcoin-reach-100k-by-december-2026`;
    expect(new Redactor().redactText(text)).toBe(text);
  });

  it('redacts 32-byte hashes everywhere unless their field is declared public', () => {
    const fields = { conditionId: CONDITION_ID, marketId: CONDITION_ID, note: CONDITION_ID };
    expect(new Redactor().redactFields(fields)).toEqual({
      conditionId: '[redacted]',
      marketId: '[redacted]',
      note: '[redacted]',
    });
    const r = new Redactor({ publicHashFields: ['conditionId', 'marketId'] });
    expect(r.redactFields(fields)).toEqual({
      conditionId: CONDITION_ID,
      marketId: CONDITION_ID,
      note: '[redacted]',
    });
  });

  it('removes registered secrets in every encoding, even from public-hash fields', () => {
    const r = new Redactor({ publicHashFields: ['marketId'] });
    r.registerSecret(`0x${KEY_HEX}`);
    r.registerSecret('hunter2 is my passphrase');
    const passBytes = Buffer.from('hunter2 is my passphrase');
    const out = r.redactFields({
      marketId: `0x${KEY_HEX}`,
      a: `hex ${KEY_HEX.slice(0, 64)}`,
      b: `b64 ${KEY_BASE64}`,
      c: `b64url ${KEY_BASE64URL}`,
      d: 'plain hunter2 is my passphrase!',
      e: `hex ${passBytes.toString('hex')}`,
      f: `b64 ${passBytes.toString('base64')}`,
      g: `b64url ${passBytes.toString('base64url')}`,
    });
    expect(JSON.stringify(out)).not.toMatch(/hunter2|ac0974|rAl0vs|aHVudGVy|68756e746572/i);
    expect(out.d).toBe('plain [redacted]!');
  });

  it('unregisters secrets and ignores very short ones', () => {
    const r = new Redactor();
    r.registerSecret('abc');
    r.registerSecret('letmein!');
    expect(r.redactText('abc letmein!')).toBe('abc [redacted]');
    r.unregisterSecret('letmein!');
    expect(r.redactText('abc letmein!')).toBe('abc letmein!');
  });

  it('reduces errors to name, kind, code and message — never the cause', () => {
    const r = new Redactor();
    const cause = new Error(`inner ${KEY_HEX}`);
    const error = operationalError(`Order failed for 0x${KEY_HEX}`, {
      code: 'order_failed',
      details: { marketId: 'm1', secret: 'x' },
      cause,
    });
    expect(r.redactError(error)).toEqual({
      name: 'AppError',
      kind: 'operational',
      code: 'order_failed',
      message: 'Order failed for [redacted]',
      details: { marketId: 'm1' },
    });
    expect(r.redactFields({ error: new TypeError('boom', { cause }) })).toEqual({
      error: { name: 'TypeError', message: 'boom' },
    });
  });

  it('turns odd values into safe JSON', () => {
    const r = new Redactor();
    const deep: Record<string, unknown> = {};
    let cursor = deep;
    for (let i = 0; i < 10; i++) {
      const next: Record<string, unknown> = {};
      cursor.next = next;
      cursor = next;
    }
    const out = r.redactFields({
      big: 10n,
      bytes: new Uint8Array(32),
      when: new Date(0),
      nan: Number.NaN,
      skip: undefined,
      fn: () => 1,
      list: [1, 'a', undefined],
      deep,
    });
    expect(out).toMatchObject({
      big: '10',
      bytes: '[32 bytes]',
      when: '1970-01-01T00:00:00.000Z',
      nan: 'NaN',
      list: [1, 'a', null],
    });
    expect(JSON.stringify(out)).toContain('[truncated]');
    expect(out).not.toHaveProperty('skip');
    expect(out).not.toHaveProperty('fn');
  });
});
