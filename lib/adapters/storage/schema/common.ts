import type { z } from 'zod';

/** A table: its name, its Dexie index string (primary key first) and the zod schema of a row. */
export interface TableDef<S extends z.ZodType> {
  name: string;
  indexes: string;
  row: S;
}
