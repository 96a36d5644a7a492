/** The two outcomes of a binary market: YES is outcome index 0, NO index 1. */
export type OutcomeSide = 'yes' | 'no';

export const OUTCOME_SIDES: readonly OutcomeSide[] = ['yes', 'no'];

export function otherSide(side: OutcomeSide): OutcomeSide {
  return side === 'yes' ? 'no' : 'yes';
}

/** The outcome index Gamma and the CLOB use for a side. */
export function outcomeIndex(side: OutcomeSide): 0 | 1 {
  return side === 'yes' ? 0 : 1;
}
