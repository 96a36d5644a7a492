import type { RedeemMessage } from '../../messaging/redeem-protocol';
import type { HandlersFor } from '../../messaging/router';
import type { RedeemService } from './redeem-service';

/** The Redeem and "Redeem all" buttons, and the popup's check of what waits on chain. */
export function createRedeemHandlers(service: RedeemService): HandlersFor<RedeemMessage> {
  return {
    'positions.redeem': ({ positionId }) => service.redeem(positionId),
    'positions.redeemAll': async () => {
      const results = await service.redeemAll();
      return {
        results,
        redeemed: results.filter((r) => r.status === 'redeemed').length,
        total: results.length,
      };
    },
    'positions.redeemCheck': () => service.refresh(),
  };
}
