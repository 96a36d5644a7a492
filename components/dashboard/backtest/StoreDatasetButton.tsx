import { i18n } from '#i18n';
import type { ImportSource } from '../../../lib/core/backtest/import/import-sources';
import { request } from '../../../lib/messaging/client';
import { useClosedPositions, useOpenPositions } from '../../hooks/use-live-data';

const MAX_MARKETS = 50;

/** The markets the user traded (open first, then the most recently closed), at most 50. */
function tradedMarkets(open: { marketId: string }[], closed: { marketId: string }[]): string[] {
  return [...new Set([...open, ...closed].map((p) => p.marketId))].slice(0, MAX_MARKETS);
}

/**
 * "From my markets": the background builds a dataset of the markets the user traded (their price
 * history over 30 days, the recorded order books, scores and resolutions).
 */
export function StoreDatasetButton(props: {
  className: string;
  disabled: boolean;
  onLoad: (load: () => Promise<ImportSource | string>) => void;
}) {
  const open = useOpenPositions();
  const closed = useClosedPositions();
  const ids = tradedMarkets(open, closed);
  return (
    <button
      type="button"
      className={props.className}
      disabled={props.disabled || ids.length === 0}
      title={ids.length === 0 ? i18n.t('backtest.dataset.noMarkets') : undefined}
      onClick={() =>
        props.onLoad(async () => {
          const built = await request('research.buildDataset', { marketIds: ids });
          return built.dataset.markets.length > 0
            ? {
                name: i18n.t('backtest.dataset.fromStore', { count: String(ids.length) }),
                dataset: built.dataset,
                kind: 'recorded',
              }
            : i18n.t('backtest.dataset.noMarkets');
        })
      }
    >
      {i18n.t('backtest.dataset.fromStore', { count: String(ids.length) })}
    </button>
  );
}
