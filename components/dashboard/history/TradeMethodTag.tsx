import { i18n } from '#i18n';
import { formatUsd } from '../../ui/format';
import { type TradeMethod, tradeMethods } from './trade-method';

/** What an on-chain method is, in words ("$1 a pair"…), for the tag's tooltip and the legend. */
export function methodHelp(method: Exclude<TradeMethod, 'book'>): string {
  return i18n.t(`history.methodHelp.${method}`, { one: formatUsd(1_000_000) });
}

const tagColour: Record<Exclude<TradeMethod, 'book'>, string> = {
  split: 'border-sky-300 bg-sky-50 text-sky-800',
  merge: 'border-violet-300 bg-violet-50 text-violet-800',
  redeem: 'border-emerald-300 bg-emerald-50 text-emerald-800',
};

/** The small "Split" / "Merge" / "Redeem" tag of an on-chain trade; nothing for an order-book trade. */
export function TradeMethodTag({ method }: { method: TradeMethod }) {
  if (method === 'book') return null;
  return (
    <span
      data-testid="trade-method"
      title={methodHelp(method)}
      className={`whitespace-nowrap rounded border px-1.5 text-xs font-semibold ${tagColour[method]}`}
    >
      {i18n.t(`history.methods.${method}`)}
    </span>
  );
}

/** What the tags of the trades shown mean, and how their price is made (shown when one is there). */
export function TradeMethodLegend({ methods }: { methods: readonly TradeMethod[] }) {
  const onChain = tradeMethods.filter(
    (m): m is Exclude<TradeMethod, 'book'> => m !== 'book' && methods.includes(m),
  );
  if (onChain.length === 0) return null;
  return (
    <div className="space-y-1 text-xs text-slate-600" data-testid="trade-method-legend">
      <dl className="space-y-1">
        {onChain.map((m) => (
          <div key={m}>
            <dt className="inline">
              <TradeMethodTag method={m} />
            </dt>{' '}
            <dd className="inline">{methodHelp(m)}</dd>
          </div>
        ))}
      </dl>
      <p>{i18n.t('history.methodHelp.book')}</p>
    </div>
  );
}
