/** A market's score 1–10, coloured by strength (green ≥ 8, amber ≥ 6, grey below). */
export function scoreColour(score: number): string {
  if (score >= 8) return 'bg-green-700 text-white';
  if (score >= 6) return 'bg-amber-700 text-white';
  return 'bg-slate-500 text-white';
}

export function ScoreBadge({ score, label }: { score: number; label: string }) {
  return (
    <span
      title={label}
      className={`tabular inline-block min-w-10 rounded-md px-1.5 py-0.5 text-center text-xs font-bold ${scoreColour(score)}`}
    >
      {score}/10
    </span>
  );
}
