import { rejectionRow } from '../../../core/model/rows/rejections';

export const rejectionsTable = {
  name: 'rejections',
  indexes: 'marketId, rule, scannedAt, scanId',
  row: rejectionRow,
} as const;
