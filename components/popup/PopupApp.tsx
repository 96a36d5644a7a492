import { browser } from 'wxt/browser';
import {
  useClosedPositions,
  useLatestPasses,
  useOpenPositions,
  usePaperBalance,
  useSettings,
  useTopOpportunities,
} from '../hooks/use-live-data';
import { useNextAlarm } from '../hooks/use-next-alarm';
import { useNow } from '../hooks/use-now';
import { useRequest } from '../hooks/use-request';
import { ModeBadge } from '../ui/ModeBadge';
import { BankrollCard } from './BankrollCard';
import { KillSwitch } from './KillSwitch';
import { OpportunitiesCard } from './OpportunitiesCard';
import { PassesCard } from './PassesCard';
import { PositionsCard } from './PositionsCard';

function nextScanLabel(at: number | undefined, now: number, killSwitch: boolean): string {
  if (killSwitch) return 'The kill switch is on: scans go on, but nothing will be entered.';
  if (at === undefined) return 'Scans are not scheduled yet — press Scan now.';
  const minutes = Math.max(0, Math.round((at - now) / 60_000));
  return minutes <= 0
    ? 'First scan starting now — or Scan now.'
    : `Next scan in ${minutes} min — or Scan now.`;
}

/** The popup: what the bot is doing, with how much, and whether anything is wrong. */
export function PopupApp() {
  const now = useNow();
  const settings = useSettings();
  const open = useOpenPositions();
  const closed = useClosedPositions();
  const top = useTopOpportunities(3);
  const latest = useLatestPasses();
  const balance = usePaperBalance();
  const nextScan = useNextAlarm('pass:scan');
  const scan = useRequest('pass.run');
  const startOfDay = new Date(now).setHours(0, 0, 0, 0);

  return (
    <main className="flex w-[400px] min-h-[560px] flex-col gap-3 p-3 font-sans">
      <header className="flex items-center justify-between">
        <div className="flex items-center gap-2">
          <h1 className="text-base font-bold">Equilibrage</h1>
          <ModeBadge mode={settings?.mode} />
        </div>
        <KillSwitch on={settings?.killSwitch} />
      </header>
      <BankrollCard freeBalance={balance} open={open} closed={closed} startOfDay={startOfDay} />
      <PositionsCard positions={open} />
      <OpportunitiesCard
        opportunities={top}
        nextScanLabel={nextScanLabel(nextScan, now, settings?.killSwitch ?? false)}
        scanning={scan.busy}
        onScanNow={() => void scan.send({ pass: 'scan' })}
      />
      {scan.error && (
        <p role="alert" className="text-xs text-loss">
          {scan.error}
        </p>
      )}
      <PassesCard latest={latest} now={now} />
      <a
        href={browser.runtime.getURL('/dashboard.html')}
        target="_blank"
        rel="noreferrer"
        className="mt-auto block rounded-lg border border-slate-300 bg-white py-2 text-center text-sm font-semibold text-brand-600 hover:bg-brand-50"
      >
        Open dashboard
      </a>
    </main>
  );
}
