import { type Hex, hashTypedData, isAddress, recoverTypedDataAddress } from 'viem';

import { POLYGON_CONTRACTS } from '../../../lib/core/model/polygon-contracts';

export const EXCHANGE_V2 = POLYGON_CONTRACTS.exchange;
export const NEG_RISK_EXCHANGE_V2 = POLYGON_CONTRACTS.negRiskExchange;

const ORDER_V2_TYPES = {
  Order: [
    { name: 'salt', type: 'uint256' },
    { name: 'maker', type: 'address' },
    { name: 'signer', type: 'address' },
    { name: 'tokenId', type: 'uint256' },
    { name: 'makerAmount', type: 'uint256' },
    { name: 'takerAmount', type: 'uint256' },
    { name: 'side', type: 'uint8' },
    { name: 'signatureType', type: 'uint8' },
    { name: 'timestamp', type: 'uint256' },
    { name: 'metadata', type: 'bytes32' },
    { name: 'builder', type: 'bytes32' },
  ],
} as const;

/** The V2 order as POSTed by clob-client-v2 (orderToJsonV2). */
export interface WireOrderV2 {
  salt: number | string;
  maker: string;
  signer: string;
  tokenId: string;
  makerAmount: string;
  takerAmount: string;
  side: 'BUY' | 'SELL';
  signatureType: number;
  timestamp: string;
  expiration?: string;
  metadata: string;
  builder: string;
  signature: string;
}

/** V1 orders carry feeRateBps/nonce/taker and lack timestamp/metadata. */
export function isV1ShapedOrder(order: Record<string, unknown>): boolean {
  const v1Field = 'feeRateBps' in order || 'nonce' in order || 'taker' in order;
  return v1Field && !('timestamp' in order && 'metadata' in order);
}

export function parseWireOrderV2(value: unknown): WireOrderV2 | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const o = value as Record<string, unknown>;
  const str = (k: string): boolean => typeof o[k] === 'string';
  const ok =
    (typeof o.salt === 'number' || str('salt')) &&
    str('maker') &&
    str('signer') &&
    str('tokenId') &&
    str('makerAmount') &&
    str('takerAmount') &&
    (o.side === 'BUY' || o.side === 'SELL') &&
    typeof o.signatureType === 'number' &&
    str('timestamp') &&
    str('metadata') &&
    str('builder') &&
    str('signature') &&
    /^\d+$/.test(String(o.makerAmount)) &&
    /^\d+$/.test(String(o.takerAmount)) &&
    /^\d+$/.test(String(o.tokenId)) &&
    isAddress(String(o.maker)) &&
    isAddress(String(o.signer));
  return ok ? (value as WireOrderV2) : undefined;
}

function typedData(order: WireOrderV2, negRisk: boolean) {
  return {
    domain: {
      name: 'Polymarket CTF Exchange',
      version: '2',
      chainId: 137,
      verifyingContract: negRisk ? NEG_RISK_EXCHANGE_V2 : EXCHANGE_V2,
    },
    types: ORDER_V2_TYPES,
    primaryType: 'Order',
    message: {
      salt: BigInt(order.salt),
      maker: order.maker as Hex,
      signer: order.signer as Hex,
      tokenId: BigInt(order.tokenId),
      makerAmount: BigInt(order.makerAmount),
      takerAmount: BigInt(order.takerAmount),
      side: order.side === 'BUY' ? 0 : 1,
      signatureType: order.signatureType,
      timestamp: BigInt(order.timestamp),
      metadata: order.metadata as Hex,
      builder: order.builder as Hex,
    },
  } as const;
}

/** EIP-712 order hash (the order id). */
export function orderHashV2(order: WireOrderV2, negRisk: boolean): Hex {
  return hashTypedData(typedData(order, negRisk));
}

/** Recovered signer address, or undefined when the signature is malformed. */
export async function recoverOrderSigner(order: WireOrderV2, negRisk: boolean): Promise<string | undefined> {
  try {
    return await recoverTypedDataAddress({ ...typedData(order, negRisk), signature: order.signature as Hex });
  } catch {
    return undefined;
  }
}
