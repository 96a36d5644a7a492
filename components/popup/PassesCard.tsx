import { i18n } from '#i18n';
import type { PassLogRow, PassName } from '../../lib/core/model/rows/pass-log';
import { Card } from '../ui/Card';
import { formatAgo } from '../ui/format';
import { passLabel } from '../ui/pass-label';
import { passErrorText } from '../ui/pass-text';
import { StatusDot } from '../ui/StatusDot';

const shown = ['scan', 'monitor', 'whales'] as const;

/** Last run of each background pass with a coloured dot, and its error if it had one. */
export function PassesCard({ latest, now }: { latest: Partial<Record<PassName, PassLogRow>>; now: number }) {
  return (
    <Card title={i18n.t('popup.passes')}>
      <ul className="space-y-1 text-sm">
        {shown.map((pass) => {
          const row = latest[pass];
          const error = row ? passErrorText(row) : null;
          return (
            <li key={pass} className="flex items-start gap-2" data-testid={`pass-${pass}`}>
              <span className="mt-1.5">
                <StatusDot outcome={row?.outcome} />
              </span>
              <span className="w-20 font-medium">{passLabel(pass)}</span>
              <span className="min-w-0 flex-1 text-slate-700">
                {row ? formatAgo(row.startedAt, now) : i18n.t('pass.neverRun')}
                {error && (
                  <span className="block truncate text-xs text-loss" title={error}>
                    {error}
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
