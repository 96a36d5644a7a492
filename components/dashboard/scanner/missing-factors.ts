import type { OpportunityRow } from '../../../lib/core/model/rows/opportunities';
import { FACTOR_NAMES, type FactorName } from '../../../lib/core/scoring/opportunity-scorer';

/**
 * The factors an opportunity was scored without, by their names in the UI's language ("Pertinence de
 * l’actualité"), read from each factor's own missing flag — never the row's English flags.
 */
export function missingFactorNames(
  row: Pick<OpportunityRow, 'factors'>,
  name: (factor: FactorName) => string,
): string[] {
  return FACTOR_NAMES.filter((k) => row.factors[k].missing).map(name);
}
