import type { Settings } from '../../lib/settings/schema';

/** PAPER in blue, LIVE in red: visible on every surface, always. */
export function ModeBadge({ mode }: { mode: Settings['mode'] | undefined }) {
  if (!mode) return <span className="rounded px-2 py-0.5 text-xs font-bold text-slate-400">…</span>;
  const live = mode === 'live';
  return (
    <span
      data-testid="mode-badge"
      title={
        live
          ? 'Live trading: real orders with your wallet'
          : 'Paper trading: simulated fills on the real order book'
      }
      className={`rounded px-2 py-0.5 text-xs font-bold tracking-wide text-white ${live ? 'bg-live' : 'bg-paper'}`}
    >
      {live ? 'LIVE' : 'PAPER'}
    </span>
  );
}
