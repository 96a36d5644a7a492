import { describe, expect, it } from 'vitest';
import { parsePrivateKey, SECP256K1_ORDER } from '../../../lib/adapters/vault/private-key';

const HARDHAT_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const HARDHAT_ADDRESS = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const N_HEX = SECP256K1_ORDER.toString(16);

describe('parsePrivateKey', () => {
  it('derives the checksummed address of the Hardhat #0 key', () => {
    expect(parsePrivateKey(HARDHAT_KEY)).toEqual({ ok: true, key: HARDHAT_KEY, address: HARDHAT_ADDRESS });
  });

  it.each([
    ['with 0x', HARDHAT_KEY],
    ['without 0x', HARDHAT_KEY.slice(2)],
    ['uppercase digits', HARDHAT_KEY.toUpperCase().replace('0X', '0x')],
    ['uppercase 0X prefix', `0X${HARDHAT_KEY.slice(2)}`],
    ['surrounding whitespace', `  \n\t${HARDHAT_KEY}\n `],
  ])('accepts and normalises a key %s', (_label, input) => {
    const result = parsePrivateKey(input);
    expect(result).toEqual({ ok: true, key: HARDHAT_KEY, address: HARDHAT_ADDRESS });
  });

  it('accepts n − 1 and 1, the extremes of the valid range', () => {
    const nMinusOne = (SECP256K1_ORDER - 1n).toString(16);
    expect(parsePrivateKey(nMinusOne)).toMatchObject({ ok: true, key: `0x${nMinusOne}` });
    expect(parsePrivateKey('1'.padStart(64, '0'))).toMatchObject({
      ok: true,
      address: '0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf',
    });
  });

  it.each([
    ['empty', '', 'Enter your private key.'],
    ['only whitespace', '   ', 'Enter your private key.'],
    ['only 0x', '0x', 'The key must be 64 hexadecimal characters; you entered 0.'],
    ['short', '0xabc', 'The key must be 64 hexadecimal characters; you entered 3.'],
    ['63 characters', HARDHAT_KEY.slice(0, -1), 'The key must be 64 hexadecimal characters; you entered 63.'],
    ['65 characters', `${HARDHAT_KEY}0`, 'The key must be 64 hexadecimal characters; you entered 65.'],
    ['non-hex', `${HARDHAT_KEY.slice(0, -1)}g`, 'not hexadecimal'],
    ['a stray character', `0x${HARDHAT_KEY.slice(3)}-`, 'not hexadecimal'],
    ['inner spaces', `${HARDHAT_KEY.slice(0, 30)} ${HARDHAT_KEY.slice(30)}`, 'must not contain spaces'],
    ['a recovery phrase', 'test test test test test test test test test test test junk', 'recovery phrase'],
    ['zero', '0'.repeat(64), 'The key cannot be zero.'],
    ['exactly n', N_HEX, 'below the secp256k1 curve order'],
    ['above n', (SECP256K1_ORDER + 1n).toString(16), 'below the secp256k1 curve order'],
    ['all ff', 'f'.repeat(64), 'below the secp256k1 curve order'],
  ])('rejects %s', (_label, input, expected) => {
    const result = parsePrivateKey(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(expected);
    const body = input.trim().replace(/^0x/i, '');
    if (body.length >= 6) expect(result.message.toLowerCase()).not.toContain(body.slice(0, 6).toLowerCase());
  });
});
