import { choice } from './fields';

/** How a balanced position is entered (and its pairs closed): the core's MethodChoice. */
export const ENTRY_METHODS = ['auto', 'books', 'split'] as const;

export const ENTRY_METHOD_LABELS: Readonly<Record<(typeof ENTRY_METHODS)[number], string>> = {
  auto: 'Automatic: the cheaper of books and split',
  books: 'Always buy both order books',
  split: 'Always split pUSD into pairs',
};

/**
 * The strategy setting `entryMethod` (default auto). Forced books also sells both sides on a close;
 * forced split also merges the pairs on a close (lib/app/trading/merge-exit.ts).
 */
export const entryMethodField = choice(
  {
    label: 'Balanced entry by',
    help: 'Automatic: buy both order books or mint YES+NO pairs at exactly $1 a pair (split), whichever costs less; the same comparison decides whether a close merges the pairs back.',
  },
  ENTRY_METHODS,
  ENTRY_METHOD_LABELS,
  'auto',
);
