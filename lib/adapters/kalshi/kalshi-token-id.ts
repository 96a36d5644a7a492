import { validationError } from '../../errors/app-error';

/** `${ticker}:yes` / `${ticker}:no` → its parts (the token ids of kalshi-market.ts). */
export function parseKalshiTokenId(tokenId: string): { ticker: string; outcome: 'yes' | 'no' } {
  const match = /^(.+):(yes|no)$/.exec(tokenId);
  if (!match?.[1] || (match[2] !== 'yes' && match[2] !== 'no'))
    throw validationError(`Not a Kalshi outcome: ${tokenId}`, {
      code: 'order_invalid',
      details: { venue: 'kalshi', tokenId },
    });
  return { ticker: match[1], outcome: match[2] };
}
