import { useRecentPasses } from '../hooks/use-live-data';
import { StatusDot } from '../ui/StatusDot';
import { EmptyState } from './EmptyState';

/** The pass log: every background pass with its outcome, duration and request count. */
export function HealthView() {
  const passes = useRecentPasses(100);
  if (passes.length === 0) {
    return (
      <EmptyState title="No passes have run yet">
        Scan, monitor and whale passes log each run here: when, how long, how many requests, and any error.
      </EmptyState>
    );
  }
  return (
    <table className="w-full border-collapse bg-white text-sm shadow-sm">
      <caption className="sr-only">Pass log</caption>
      <thead className="bg-slate-100 text-left text-xs uppercase text-slate-500">
        <tr>
          <th className="p-2">Pass</th>
          <th className="p-2">Started</th>
          <th className="p-2">Outcome</th>
          <th className="p-2 text-right">Duration</th>
          <th className="p-2 text-right">Requests</th>
          <th className="p-2">Details</th>
        </tr>
      </thead>
      <tbody className="tabular">
        {passes.map((p) => (
          <tr key={p.id} className="border-t border-slate-100">
            <td className="p-2 font-medium">{p.pass}</td>
            <td className="p-2">{new Date(p.startedAt).toLocaleString()}</td>
            <td className="p-2">
              <span className="flex items-center gap-2">
                <StatusDot outcome={p.outcome} /> {p.outcome}
              </span>
            </td>
            <td className="p-2 text-right">{p.durationMs === null ? '—' : `${p.durationMs} ms`}</td>
            <td className="p-2 text-right">{p.requestCount}</td>
            <td className="p-2 text-slate-600">{p.error ?? p.summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
