import type { SignedOrder } from '@polymarket/clob-client-v2';
import { type Hex, hashTypedData } from 'viem';
import { POLYGON_CONTRACTS } from '../../core/model/polygon-contracts';

const POLYGON = 137;

/** The V2 member of the client's signed-order union (isV2Order narrows to it). */
export type SignedOrderV2 = Extract<SignedOrder, { metadata: string }>;

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

/**
 * The EIP-712 hash of a signed CLOB V2 order: the exchange's order id. Known before the order is
 * sent, so the intent can carry it and a restarted worker can ask the exchange about it.
 */
export function orderHashV2(order: SignedOrderV2, negRisk: boolean): Hex {
  return hashTypedData({
    domain: {
      name: 'Polymarket CTF Exchange',
      version: '2',
      chainId: POLYGON,
      verifyingContract: negRisk ? POLYGON_CONTRACTS.negRiskExchange : POLYGON_CONTRACTS.exchange,
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
  });
}
