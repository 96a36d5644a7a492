import { tradeRow } from '../../../core/model/rows/trades';

export const tradesTable = {
  name: 'trades',
  indexes: 'id, positionId, marketId, executedAt, status, action, mode, orderId, intentId',
  row: tradeRow,
} as const;
