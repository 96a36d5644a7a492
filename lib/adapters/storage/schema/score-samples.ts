import { scoreSampleRow } from '../../../core/model/rows/score-samples';

export const scoreSamplesTable = {
  name: 'scoreSamples',
  indexes: 'id, marketId, scoredAt, settledAt',
  row: scoreSampleRow,
} as const;
