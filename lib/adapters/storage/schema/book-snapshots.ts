import { bookSnapshotRow } from '../../../core/model/rows/book-snapshots';

export const bookSnapshotsTable = {
  name: 'bookSnapshots',
  indexes: 'id, [tokenId+t], t',
  row: bookSnapshotRow,
} as const;
