import { orderIntentRow } from '../../../core/model/rows/order-intents';

export const orderIntentsTable = {
  name: 'orderIntents',
  indexes: 'id, positionId, status, createdAt, exchangeOrderId, &clientKey',
  row: orderIntentRow,
} as const;
