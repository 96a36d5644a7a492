import type { ChainIntent } from './chain-intent';

/**
 * The operation already journalled for a position (the port's idempotency per position and kind):
 * the newest entry of that holder, position and op that is still on its way or was mined. A reverted
 * or dropped one changed nothing on chain, so it does not count and a new attempt may be sent.
 */
export function earlierOperation(
  entries: readonly ChainIntent[],
  holder: string,
  positionId: string,
  op: ChainIntent['op'],
): ChainIntent | null {
  let found: ChainIntent | null = null;
  for (const entry of entries) {
    if (entry.op !== op || entry.context?.positionId !== positionId) continue;
    if (entry.from.toLowerCase() !== holder.toLowerCase()) continue;
    if (entry.status === 'reverted' || entry.status === 'dropped') continue;
    if (!found || entry.createdAt >= found.createdAt) found = entry;
  }
  return found;
}
