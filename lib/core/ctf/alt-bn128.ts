/**
 * The alt_bn128 point hash behind the Conditional Tokens' collection ids (gnosis CTHelpers
 * getCollectionId, polymarket-ctf.md §2), in bigint. Given h = keccak256(conditionId ‖ indexSet) as an
 * integer, step x upward from h until x³ + 3 is a square mod P, pick the root whose parity matches h's
 * top bit, and pack the point as x with bit 254 carrying y's parity. Root collections only: Polymarket
 * never nests a condition under a parent collection, so a non-zero parent is refused.
 */
export const BN128_P = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47n;
const B = 3n;
const SQRT_EXP = (BN128_P + 1n) / 4n; // P ≡ 3 (mod 4): a square's root is yy^((P+1)/4)
const TOP_BIT = 1n << 255n;
const PARITY_BIT = 1n << 254n;

function powMod(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

/** A point (x, y) of y² = x³ + 3 over F_P. */
export interface CurvePoint {
  x: bigint;
  y: bigint;
}

export function isOnCurve({ x, y }: CurvePoint): boolean {
  return (y * y) % BN128_P === (x * x * x + B) % BN128_P;
}

/** The curve point the CTF derives from h = keccak256(conditionId ‖ indexSet). */
export function pointFromHash(hash: bigint): CurvePoint {
  if (hash < 0n || hash >= 1n << 256n) throw new RangeError('hash must be a uint256');
  const odd = (hash & TOP_BIT) !== 0n;
  let x = hash;
  let y = 0n;
  let yy = 0n;
  do {
    x = (x + 1n) % BN128_P;
    yy = (x * x * x + B) % BN128_P;
    y = powMod(yy, SQRT_EXP, BN128_P);
  } while ((y * y) % BN128_P !== yy);
  if (odd !== ((y & 1n) === 1n)) y = BN128_P - y;
  return { x, y };
}

/** Pack a point as the CTF's bytes32 collection id: x, with bit 254 set when y is odd. */
export function packCollectionPoint({ x, y }: CurvePoint): bigint {
  return (y & 1n) === 1n ? x ^ PARITY_BIT : x;
}

/** collectionId (as a uint256) of a root collection, from h = keccak256(conditionId ‖ indexSet). */
export function rootCollectionIdFromHash(hash: bigint): bigint {
  return packCollectionPoint(pointFromHash(hash));
}
