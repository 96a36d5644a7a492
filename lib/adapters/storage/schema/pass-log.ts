import { passLogRow } from '../../../core/model/rows/pass-log';

export const passLogTable = {
  name: 'passLog',
  indexes: 'id, pass, startedAt, [pass+startedAt]',
  row: passLogRow,
} as const;
