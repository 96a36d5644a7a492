import { isAddress, recoverTypedDataAddress } from 'viem';
import type { FakeRequest } from '../server/http-types.ts';

export const CLOB_AUTH_MESSAGE = 'This message attests that I control the given wallet';

const CLOB_AUTH_TYPES = {
  ClobAuth: [
    { name: 'address', type: 'address' },
    { name: 'timestamp', type: 'string' },
    { name: 'nonce', type: 'uint256' },
    { name: 'message', type: 'string' },
  ],
} as const;

export interface L1Identity {
  address: string;
  nonce: string;
}

/** Verifies POLY_ADDRESS/POLY_SIGNATURE/POLY_TIMESTAMP/POLY_NONCE (ClobAuth EIP-712, chain 137). */
export async function verifyL1Headers(req: FakeRequest): Promise<L1Identity | undefined> {
  const address = header(req, 'poly_address');
  const signature = header(req, 'poly_signature');
  const timestamp = header(req, 'poly_timestamp');
  const nonce = header(req, 'poly_nonce') ?? '0';
  if (!address || !signature || !timestamp || !isAddress(address) || !/^\d+$/.test(nonce)) return undefined;
  if (!/^0x[0-9a-fA-F]+$/.test(signature)) return undefined;
  try {
    const signer = await recoverTypedDataAddress({
      domain: { name: 'ClobAuthDomain', version: '1', chainId: 137 },
      types: CLOB_AUTH_TYPES,
      primaryType: 'ClobAuth',
      message: { address, timestamp, nonce: BigInt(nonce), message: CLOB_AUTH_MESSAGE },
      signature: signature as `0x${string}`,
    });
    return signer.toLowerCase() === address.toLowerCase()
      ? { address: address.toLowerCase(), nonce }
      : undefined;
  } catch {
    return undefined;
  }
}

export function header(req: FakeRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
