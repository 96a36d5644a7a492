import { crossVenueMatchRow } from '../../../core/model/rows/cross-venue-matches';

export const crossVenueMatchesTable = {
  name: 'crossVenueMatches',
  indexes: 'id, leftId, rightId, verdict',
  row: crossVenueMatchRow,
} as const;
