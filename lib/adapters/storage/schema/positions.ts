import { positionRow } from '../../../core/model/rows/positions';

export const positionsTable = {
  name: 'positions',
  indexes: 'id, marketId, status, entryTime, mode, closedAt',
  row: positionRow,
} as const;
