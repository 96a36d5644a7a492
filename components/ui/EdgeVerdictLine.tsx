import type { EdgeStats } from '../../lib/core/backtest/edge/edge-stats';
import { edgeVerdictText, verdictTone } from './edge-text';
import { uiLocale } from './locale';
import { optionalMessage } from './ui-text';

/** One edge verdict as a sentence, coloured by what it proves (green, red, amber when it proves nothing). */
export function EdgeVerdictLine({ stats }: { stats: EdgeStats }) {
  return (
    <span data-testid="edge-verdict" className={`font-semibold ${verdictTone(stats)}`}>
      {edgeVerdictText(stats, optionalMessage, uiLocale())}
    </span>
  );
}
