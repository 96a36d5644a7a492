import { useEffect, useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { OverlayScore, StatusView } from '../../lib/messaging/protocol';

function scoreColour(score: number): string {
  if (score >= 8) return 'bg-green-600';
  if (score >= 6) return 'bg-amber-500';
  return 'bg-slate-500';
}

/**
 * A quiet badge beside a market title: the bot's mode and the market's score. It only asks the
 * background for public information; anything privileged happens in the extension's own pages.
 */
export function OverlayBadge({ slugs }: { slugs: string[] }) {
  const [status, setStatus] = useState<StatusView>();
  const [score, setScore] = useState<OverlayScore | null>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let cancelled = false;
    Promise.all([request('status.get', {}), request('overlay.scores', { slugs })])
      .then(([s, scores]) => {
        if (cancelled) return;
        setStatus(s);
        setScore(scores[0] ?? null);
      })
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [slugs]);

  const live = status?.mode === 'live';
  return (
    <span
      data-testid="equilibrage-overlay"
      className="ml-2 inline-flex items-center gap-1.5 rounded-lg border border-slate-200 bg-white px-2 py-0.5 align-middle font-sans text-xs text-slate-700 shadow-sm"
    >
      <span className="font-semibold">Equilibrage</span>
      {status && (
        <span className={`rounded px-1.5 font-bold text-white ${live ? 'bg-live' : 'bg-paper'}`}>
          {live ? 'LIVE' : 'PAPER'}
        </span>
      )}
      {error ? (
        <span className="text-red-700">unavailable</span>
      ) : score === undefined ? (
        <span className="text-slate-400">…</span>
      ) : score === null ? (
        <span className="text-slate-500">not scored yet</span>
      ) : (
        <span className={`rounded px-1.5 font-bold text-white ${scoreColour(score.score)}`}>
          {score.score}/10
        </span>
      )}
    </span>
  );
}
