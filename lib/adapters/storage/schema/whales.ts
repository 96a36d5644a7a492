import { whaleRow } from '../../../core/model/rows/whales';

export const whalesTable = {
  name: 'whales',
  indexes: 'id, &walletAddress, totalVolume, lastTradeTime',
  row: whaleRow,
} as const;
