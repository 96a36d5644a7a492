import { request } from '../../lib/messaging/client';

/** Redeeming resolved positions (privileged: extension pages only). */
export const redeemRequests = {
  redeem: (positionId: string) => request('positions.redeem', { positionId }),
  redeemAll: () => request('positions.redeemAll', {}),
};
