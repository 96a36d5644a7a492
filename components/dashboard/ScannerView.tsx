import { useTopOpportunities } from '../hooks/use-live-data';
import { formatCents, formatUsd } from '../ui/format';
import { EmptyState } from './EmptyState';

/** Opportunities of the last scan, best first. */
export function ScannerView() {
  const rows = useTopOpportunities(500);
  if (rows.length === 0) {
    return (
      <EmptyState title="No opportunities yet">
        The scanner runs every few minutes and lists the balanced markets that pass your rules, scored 1–10.
      </EmptyState>
    );
  }
  return (
    <table className="w-full border-collapse bg-white text-sm shadow-sm">
      <caption className="sr-only">Opportunities</caption>
      <thead className="bg-slate-100 text-left text-xs uppercase text-slate-500">
        <tr>
          <th className="p-2">Score</th>
          <th className="p-2">Market</th>
          <th className="p-2 text-right">Yes</th>
          <th className="p-2 text-right">Liquidity</th>
          <th className="p-2 text-right">24 h volume</th>
        </tr>
      </thead>
      <tbody className="tabular">
        {rows.map((o) => (
          <tr key={o.id} className="border-t border-slate-100">
            <td className="p-2 font-bold">{o.score}/10</td>
            <td className="p-2">{o.marketName}</td>
            <td className="p-2 text-right">{formatCents(o.midYes)}</td>
            <td className="p-2 text-right">{formatUsd(o.liquidity)}</td>
            <td className="p-2 text-right">{formatUsd(o.volume24h)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
