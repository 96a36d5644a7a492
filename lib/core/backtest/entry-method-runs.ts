import type { MethodChoice } from '../ctf/entry-decision';

/**
 * How a backtest enters balanced positions, as the CLI's `--entry-method` and the dashboard's
 * Backtest tab offer it: one method for the run (books, split or auto: the cheaper each time), or
 * 'compare' — the same strategy run twice, by the books and by split, side by side.
 */
export type EntryMethodOption = MethodChoice | 'compare';

export const ENTRY_METHOD_OPTIONS: readonly EntryMethodOption[] = ['auto', 'books', 'split', 'compare'];

/** The runs an option asks for, one per entry method. */
export function entryMethodRuns(option: EntryMethodOption): readonly MethodChoice[] {
  return option === 'compare' ? ['books', 'split'] : [option];
}

/** Whether each run is named with its method (every option but the plain books run of old). */
export function namesEntryMethod(option: EntryMethodOption): boolean {
  return option !== 'books';
}
