import { priceHistoryRow } from '../../../core/model/rows/price-history';

export const priceHistoryTable = {
  name: 'priceHistory',
  indexes: 'tokenId, fetchedAt',
  row: priceHistoryRow,
} as const;
