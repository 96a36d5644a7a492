import { createCipheriv, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../lib/adapters/vault/base64';
import {
  newBoxKey,
  open,
  openWithKey,
  type RandomBytes,
  seal,
  sealWithKey,
} from '../../../lib/adapters/vault/crypto-box';
import type { SealedBlob } from '../../../lib/adapters/vault/sealed-blob';
import { isAppError } from '../../../lib/errors/app-error';

const SALT = Uint8Array.from({ length: 16 }, (_, i) => i);
const IV = Uint8Array.from({ length: 12 }, (_, i) => 0xa0 + i);
const PASSPHRASE = 'correct horse battery staple';
const PLAINTEXT = 'hello, vault ✓';

/** Hands out the fixed salt, then the fixed IV (the order `seal` asks for them). */
function fixedRandom(): RandomBytes {
  const queue = [SALT, IV];
  return (length) => {
    const next = queue.shift();
    if (!next || next.length !== length) throw new Error(`unexpected random(${length})`);
    return new Uint8Array(next);
  };
}

async function expectWrongOrDamaged(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isAppError(error)).toBe(true);
  if (!isAppError(error)) return;
  expect(error.kind).toBe('validation');
  expect(error.message).toBe('Wrong passphrase, or the vault data is damaged.');
  expect(error.cause).toBeUndefined();
}

function flipBit(base64: string, byteIndex: number): string {
  const bytes = base64ToBytes(base64);
  bytes[byteIndex] = (bytes[byteIndex] ?? 0) ^ 0x01;
  return bytesToBase64(bytes);
}

describe('crypto box', () => {
  it('matches a known answer (fixed salt and IV, 1,000 iterations)', async () => {
    const blob = await seal(PLAINTEXT, PASSPHRASE, { iterations: 1000, random: fixedRandom() });
    expect(blob).toEqual({
      v: 1,
      kdf: 'PBKDF2-SHA256',
      iterations: 1000,
      salt: 'AAECAwQFBgcICQoLDA0ODw==',
      iv: 'oKGio6Slpqeoqaqr',
      ciphertext: 'vrnfviI3I8Nxyt2UMkCH73iqUPoq9+1e3zr6Ifu23m8=',
    });
    expect(await open(blob, PASSPHRASE)).toBe(PLAINTEXT);
  });

  it('agrees with an independent implementation (node:crypto)', async () => {
    const blob = await seal(PLAINTEXT, PASSPHRASE, { iterations: 2000, random: fixedRandom() });
    const key = pbkdf2Sync(PASSPHRASE, SALT, 2000, 32, 'sha256');
    const cipher = createCipheriv('aes-256-gcm', key, IV);
    const expected = Buffer.concat([cipher.update(PLAINTEXT, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    expect(blob.ciphertext).toBe(expected.toString('base64'));
  });

  it('round-trips with the real default of 600,000 iterations', async () => {
    const blob = await seal(PLAINTEXT, PASSPHRASE);
    expect(blob.iterations).toBe(600_000);
    expect(base64ToBytes(blob.salt)).toHaveLength(16);
    expect(base64ToBytes(blob.iv)).toHaveLength(12);
    expect(await open(JSON.parse(JSON.stringify(blob)), PASSPHRASE)).toBe(PLAINTEXT);
  });

  it('uses a fresh salt and IV for every encryption', async () => {
    const a = await seal(PLAINTEXT, PASSPHRASE, { iterations: 10 });
    const b = await seal(PLAINTEXT, PASSPHRASE, { iterations: 10 });
    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('rejects a wrong passphrase with one clear error', async () => {
    const blob = await seal(PLAINTEXT, PASSPHRASE, { iterations: 10 });
    await expectWrongOrDamaged(open(blob, 'correct horse battery stapler'));
  });

  describe('detects tampering', () => {
    const fields = ['salt', 'iv', 'ciphertext'] as const;
    for (const field of fields) {
      it(`a flipped bit in ${field}`, async () => {
        const blob = await seal(PLAINTEXT, PASSPHRASE, { iterations: 10 });
        const length = base64ToBytes(blob[field]).length;
        for (const index of [0, length - 1]) {
          const tampered: SealedBlob = { ...blob, [field]: flipBit(blob[field], index) };
          await expectWrongOrDamaged(open(tampered, PASSPHRASE));
        }
      });
    }

    it('a changed iteration count, version or malformed fields', async () => {
      const blob = await seal(PLAINTEXT, PASSPHRASE, { iterations: 10 });
      await expectWrongOrDamaged(open({ ...blob, iterations: 11 }, PASSPHRASE));
      await expectWrongOrDamaged(open({ ...blob, v: 2 }, PASSPHRASE));
      await expectWrongOrDamaged(open({ ...blob, salt: 'not base64!' }, PASSPHRASE));
      await expectWrongOrDamaged(open({ ...blob, iv: bytesToBase64(new Uint8Array(16)) }, PASSPHRASE));
      await expectWrongOrDamaged(open({ ...blob, iterations: 1e9 }, PASSPHRASE));
      await expectWrongOrDamaged(open(null, PASSPHRASE));
    });
  });

  it('seals several values under one derived key', async () => {
    const key = await newBoxKey(PASSPHRASE, 10);
    const a = await sealWithKey('first', key);
    const b = await sealWithKey('second', key);
    expect(a.salt).toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(await openWithKey(a, key)).toBe('first');
    expect(await open(b, PASSPHRASE)).toBe('second');
    const otherKey = await newBoxKey(PASSPHRASE, 10);
    await expectWrongOrDamaged(openWithKey(a, otherKey));
  });

  it('treats canonically equivalent Unicode passphrases alike', async () => {
    const blob = await seal(PLAINTEXT, 'caf\u00e9 passphrase', { iterations: 10 });
    expect(await open(blob, 'cafe\u0301 passphrase')).toBe(PLAINTEXT);
  });
});
