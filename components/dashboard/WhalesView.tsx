import { useWhales } from '../hooks/use-live-data';
import { formatUsd } from '../ui/format';
import { EmptyState } from './EmptyState';

/** High-volume wallets seen in the scanned markets. */
export function WhalesView() {
  const whales = useWhales(200);
  if (whales.length === 0) {
    return (
      <EmptyState title="No whales tracked yet">
        The whale pass looks at recent trades in the scanned markets and lists the wallets above your
        thresholds.
      </EmptyState>
    );
  }
  return (
    <table className="w-full border-collapse bg-white text-sm shadow-sm">
      <caption className="sr-only">Whales</caption>
      <thead className="bg-slate-100 text-left text-xs uppercase text-slate-500">
        <tr>
          <th className="p-2">Wallet</th>
          <th className="p-2 text-right">Volume</th>
          <th className="p-2 text-right">Trades</th>
          <th className="p-2 text-right">Markets</th>
          <th className="p-2">Last trade</th>
        </tr>
      </thead>
      <tbody className="tabular">
        {whales.map((w) => (
          <tr key={w.id} className="border-t border-slate-100">
            <td className="p-2 font-mono text-xs">{w.name ?? w.walletAddress}</td>
            <td className="p-2 text-right">{formatUsd(w.totalVolume)}</td>
            <td className="p-2 text-right">{w.tradeCount}</td>
            <td className="p-2 text-right">{w.marketsActive}</td>
            <td className="p-2">{new Date(w.lastTradeTime).toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
