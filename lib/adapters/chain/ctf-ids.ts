import { encodePacked, type Hex, hexToBigInt, keccak256, numberToHex } from 'viem';
import { rootCollectionIdFromHash } from '../../core/ctf/alt-bn128';
import { type HexAddress, positionCollateralFor } from '../../core/ctf/ctf-contracts';

/**
 * Conditional Tokens id derivation (gnosis CTHelpers, polymarket-ctf.md §2), checked against the real
 * Gamma / Data-API ids in tests. Token ids are returned as decimal strings, the form Gamma's
 * `clobTokenIds` and the CLOB use.
 */

/** conditionId = keccak256(oracle ‖ questionId ‖ uint256(outcomeSlotCount)). */
export function conditionIdOf(oracle: HexAddress, questionId: Hex, outcomeSlotCount = 2): Hex {
  return keccak256(
    encodePacked(['address', 'bytes32', 'uint256'], [oracle, questionId, BigInt(outcomeSlotCount)]),
  );
}

/** collectionId of a root collection (parent 0): the alt_bn128 point hash of conditionId ‖ indexSet. */
export function collectionIdOf(conditionId: Hex, indexSet: bigint): Hex {
  const hash = hexToBigInt(keccak256(encodePacked(['bytes32', 'uint256'], [conditionId, indexSet])));
  return numberToHex(rootCollectionIdFromHash(hash), { size: 32 });
}

/** positionId = uint256(keccak256(collateral ‖ collectionId)). */
export function positionIdOf(collateral: HexAddress, collectionId: Hex): bigint {
  return hexToBigInt(keccak256(encodePacked(['address', 'bytes32'], [collateral, collectionId])));
}

/** The YES (index set 1) and NO (index set 2) token ids of a binary market, keyed as the market's kind is. */
export function binaryTokenIds(conditionId: Hex, negRisk: boolean): { yes: string; no: string } {
  const collateral = positionCollateralFor(negRisk);
  return {
    yes: positionIdOf(collateral, collectionIdOf(conditionId, 1n)).toString(),
    no: positionIdOf(collateral, collectionIdOf(conditionId, 2n)).toString(),
  };
}

/** True when Gamma's clobTokenIds are the CTF ids of this condition (guards against a mis-keyed market). */
export function tokenIdsMatchCondition(
  conditionId: Hex,
  negRisk: boolean,
  clobTokenIds: readonly string[],
): boolean {
  const ids = binaryTokenIds(conditionId, negRisk);
  return clobTokenIds[0] === ids.yes && clobTokenIds[1] === ids.no;
}
