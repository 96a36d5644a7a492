import type { PassLogRow, PassName } from '../../lib/adapters/storage/schema/pass-log';
import { Card } from '../ui/Card';
import { formatAgo } from '../ui/format';
import { StatusDot } from '../ui/StatusDot';

const names: Record<'scan' | 'monitor' | 'whales', string> = {
  scan: 'Scan',
  monitor: 'Monitor',
  whales: 'Whales',
};

/** Last run of each background pass with a coloured dot, and its error if it had one. */
export function PassesCard({ latest, now }: { latest: Partial<Record<PassName, PassLogRow>>; now: number }) {
  return (
    <Card title="Background passes">
      <ul className="space-y-1 text-sm">
        {(Object.keys(names) as (keyof typeof names)[]).map((pass) => {
          const row = latest[pass];
          return (
            <li key={pass} className="flex items-start gap-2" data-testid={`pass-${pass}`}>
              <span className="mt-1.5">
                <StatusDot outcome={row?.outcome} />
              </span>
              <span className="w-16 font-medium">{names[pass]}</span>
              <span className="flex-1 text-slate-600">
                {row ? formatAgo(row.startedAt, now) : 'never run'}
                {row?.error && (
                  <span className="block truncate text-xs text-loss" title={row.error}>
                    {row.error}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
