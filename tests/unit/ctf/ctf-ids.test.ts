import { type Hex, hexToBigInt } from 'viem';
import { describe, expect, it } from 'vitest';
import {
  binaryTokenIds,
  collectionIdOf,
  conditionIdOf,
  positionIdOf,
  tokenIdsMatchCondition,
} from '../../../lib/adapters/chain/ctf-ids';
import { isOnCurve, pointFromHash } from '../../../lib/core/ctf/alt-bn128';
import { CTF_CONTRACTS } from '../../../lib/core/ctf/ctf-contracts';
import vectors from '../../fixtures/ctf/token-id-vectors.json';

const std = vectors.standard;
const neg = vectors.negRisk;

describe('CTF ids reproduce the real Polymarket token ids', () => {
  it('derives the standard conditionId from the UMA oracle and the question id', () => {
    expect(conditionIdOf(std.oracle as Hex, std.questionId as Hex)).toBe(std.conditionId);
  });

  it.each([
    ['standard', std],
    ['neg-risk', neg],
  ])('derives both %s collection ids (alt_bn128 point hash)', (_kind, v) => {
    expect(collectionIdOf(v.conditionId as Hex, 1n)).toBe(v.collection1);
    expect(collectionIdOf(v.conditionId as Hex, 2n)).toBe(v.collection2);
  });

  it('keys standard ids to USDC.e and neg-risk ids to the wrapped collateral', () => {
    expect(binaryTokenIds(std.conditionId as Hex, false)).toEqual({ yes: std.yes, no: std.no });
    expect(binaryTokenIds(neg.conditionId as Hex, true)).toEqual({ yes: neg.yes, no: neg.no });
  });

  it('never reproduces the ids with pUSD as collateral (the silent wrong-collateral trap)', () => {
    const yes = positionIdOf(CTF_CONTRACTS.pusd, collectionIdOf(std.conditionId as Hex, 1n)).toString();
    expect(yes).not.toBe(std.yes);
    expect(tokenIdsMatchCondition(std.conditionId as Hex, true, [std.yes, std.no])).toBe(false);
    expect(tokenIdsMatchCondition(std.conditionId as Hex, false, [std.yes, std.no])).toBe(true);
    expect(tokenIdsMatchCondition(std.conditionId as Hex, false, [std.no, std.yes])).toBe(false);
  });

  it('lands every derived collection on the curve', () => {
    for (const h of [0n, 1n, 2n ** 255n, 2n ** 256n - 1n, hexToBigInt(std.conditionId as Hex)]) {
      expect(isOnCurve(pointFromHash(h))).toBe(true);
    }
    expect(() => pointFromHash(2n ** 256n)).toThrow(RangeError);
  });
});
