import { priceReferenceRow } from '../../../core/model/rows/price-references';

export const priceReferencesTable = {
  name: 'priceReferences',
  indexes: 'marketId, firstSeenAt',
  row: priceReferenceRow,
} as const;
