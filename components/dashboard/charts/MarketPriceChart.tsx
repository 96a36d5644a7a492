import { useMemo } from 'react';
import { i18n } from '#i18n';
import type { PositionRow } from '../../../lib/core/model/rows/positions';
import type { TradeRow } from '../../../lib/core/model/rows/trades';
import { useMarketHistory } from '../../hooks/use-live-data';
import { formatCents } from '../../ui/format';
import { outcomeLabel } from '../../ui/outcome-label';
import { type ChartLine, type ChartMark, LineChart } from './LineChart';

const formatPrice = (cents: number) => formatCents(Math.round(cents * 10_000));

/** A market's YES and NO price history (¢) with the bot's entries and liquidations marked. */
export function MarketPriceChart(props: { marketId: string; positions: PositionRow[]; trades: TradeRow[] }) {
  const history = useMarketHistory(props.marketId);
  const lines = useMemo<ChartLine[]>(
    () =>
      history
        ? [
            {
              label: outcomeLabel(history.yesLabel, 'yes'),
              color: '#15803d',
              points: history.yes.map((p) => ({ t: p.t, v: p.p * 100 })),
            },
            {
              label: outcomeLabel(history.noLabel, 'no'),
              color: '#c0262d',
              points: history.no.map((p) => ({ t: p.t, v: p.p * 100 })),
            },
          ]
        : [],
    [history],
  );
  const marks = useMemo<ChartMark[]>(() => {
    const out: ChartMark[] = props.positions
      .filter((p) => p.marketId === props.marketId)
      .map((p) => ({ t: p.entryTime / 1000, text: i18n.t('charts.entry'), color: '#1b4bf0', line: 0 }));
    for (const t of props.trades) {
      if (t.marketId !== props.marketId || t.status !== 'filled' || t.action !== 'sell') continue;
      const text = t.reason === 'liquidation' ? i18n.t('charts.liquidation') : i18n.t('charts.exit');
      out.push({ t: t.executedAt / 1000, text, color: '#b45309', line: t.side === 'yes' ? 0 : 1 });
    }
    return out;
  }, [props.positions, props.trades, props.marketId]);

  if (history === undefined) return null;
  if (!history || (history.yes.length === 0 && history.no.length === 0)) {
    return <p className="text-xs text-slate-600">{i18n.t('charts.noHistory')}</p>;
  }
  return (
    <figure>
      <figcaption className="mb-1 text-sm font-semibold">{i18n.t('charts.priceHistory')}</figcaption>
      <LineChart
        lines={lines}
        marks={marks}
        height={220}
        label={i18n.t('charts.priceHistory')}
        format={formatPrice}
      />
    </figure>
  );
}
