import { useTrades } from '../hooks/use-live-data';
import { formatCents, formatUsd } from '../ui/format';
import { EmptyState } from './EmptyState';

/** Every trade, newest first. */
export function HistoryView() {
  const trades = useTrades();
  if (trades.length === 0) {
    return (
      <EmptyState title="No trades yet">
        Entries, liquidations and closes are recorded here with price, shares, fee and order id.
      </EmptyState>
    );
  }
  return (
    <table className="w-full border-collapse bg-white text-sm shadow-sm">
      <caption className="sr-only">Trades</caption>
      <thead className="bg-slate-100 text-left text-xs uppercase text-slate-500">
        <tr>
          <th className="p-2">Time</th>
          <th className="p-2">Market</th>
          <th className="p-2">Side</th>
          <th className="p-2">Action</th>
          <th className="p-2 text-right">Price</th>
          <th className="p-2 text-right">Amount</th>
          <th className="p-2">Mode</th>
        </tr>
      </thead>
      <tbody className="tabular">
        {trades.map((t) => (
          <tr key={t.id} className="border-t border-slate-100">
            <td className="p-2">{new Date(t.executedAt).toLocaleString()}</td>
            <td className="p-2">{t.marketName}</td>
            <td className="p-2">{t.side}</td>
            <td className="p-2">{t.action}</td>
            <td className="p-2 text-right">{formatCents(t.price)}</td>
            <td className="p-2 text-right">{formatUsd(t.amount)}</td>
            <td className="p-2">{t.mode}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
