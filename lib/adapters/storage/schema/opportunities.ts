import { opportunityRow } from '../../../core/model/rows/opportunities';

export const opportunitiesTable = {
  name: 'opportunities',
  indexes: 'id, &marketId, score, detectedAt, slug, scanId',
  row: opportunityRow,
} as const;
