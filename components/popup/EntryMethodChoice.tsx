import { i18n } from '#i18n';
import { fromMicros, type Micros } from '../../lib/core/model/money';
import type { EntryPreview } from '../hooks/trade-requests';
import { formatShares, formatSignedUsd, formatUsd } from '../ui/format';
import { uiLocale } from '../ui/locale';

type MethodView = NonNullable<EntryPreview['entryMethod']>;

/** Gas is a fraction of a cent on Polygon: shown to two significant digits below a cent. */
function formatGas(gas: Micros): string {
  if (gas === 0 || gas >= 10_000) return formatUsd(gas);
  return fromMicros(gas).toLocaleString(uiLocale(), {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    maximumSignificantDigits: 2,
  });
}

/** The chosen way and why, in the UI's words. */
function reasonText(m: MethodView): string {
  const saving = formatUsd(Math.abs(m.saving));
  if (m.reason === 'forced') {
    // The chosen way's cost against the other's: "+$1.13" when it costs more, "−$0.01" when less.
    const delta = formatSignedUsd(-m.saving);
    return m.method === 'split'
      ? i18n.t('entry.method.forcedSplit', { delta })
      : i18n.t('entry.method.forcedBooks', { delta });
  }
  if (m.reason === 'books-cheaper') return i18n.t('entry.method.booksCheaper', { saving });
  if (m.reason === 'same-cost-split') return i18n.t('entry.method.sameCost');
  if (m.reason === 'books-too-thin') return i18n.t('entry.method.booksThinChosen');
  return i18n.t('entry.method.splitCheaper', { saving });
}

/**
 * Books versus split for a balanced entry: what the pairs cost on both order books and by minting
 * them at $1 a pair plus gas, which way the bot goes and why (issue 18). The chosen line is marked.
 */
export function EntryMethodChoice({ method }: { method: MethodView }) {
  const pairs = formatShares(method.pairs);
  const one = formatUsd(1_000_000);
  const books = method.booksFilled
    ? i18n.t('entry.method.books', { cost: formatUsd(method.booksCost), fees: formatUsd(method.booksFees) })
    : i18n.t('entry.method.booksThin');
  const split =
    method.gasPaidBy === 'relayer'
      ? i18n.t('entry.method.splitRelayer', { cost: formatUsd(method.splitCost), one })
      : i18n.t('entry.method.split', {
          cost: formatUsd(method.splitCost),
          gas: formatGas(method.splitGas),
          one,
        });
  const mark = (chosen: boolean) => (chosen ? 'font-semibold text-slate-900' : 'text-slate-600');
  return (
    <div className="mt-2 rounded-md bg-slate-50 px-2 py-1 text-xs" data-testid="entry-method">
      <p className="font-medium text-slate-700">{i18n.t('entry.method.title', { pairs })}</p>
      <ul className="mt-0.5">
        <li className={mark(method.method === 'books')} data-testid="entry-method-books">
          {method.method === 'books' ? '✓ ' : '· '}
          {books}
        </li>
        <li className={mark(method.method === 'split')} data-testid="entry-method-split">
          {method.method === 'split' ? '✓ ' : '· '}
          {split}
        </li>
      </ul>
      <p className="mt-0.5 text-slate-800" data-testid="entry-method-reason">
        {reasonText(method)}
      </p>
      {method.method === 'split' && (
        <p className="mt-0.5 text-slate-500">{i18n.t('entry.method.comparison')}</p>
      )}
    </div>
  );
}
