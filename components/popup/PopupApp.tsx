import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
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
import { isScanRunning, useScanProgress } from '../hooks/use-scan-progress';
import { ModeBadge } from '../ui/ModeBadge';
import { BankrollCard } from './BankrollCard';
import { KillSwitch } from './KillSwitch';
import { OpportunitiesCard } from './OpportunitiesCard';
import { OtherModePositions } from './OtherModePositions';
import { PassesCard } from './PassesCard';
import { PolymarketAccess } from './PolymarketAccess';
import { PositionsCard } from './PositionsCard';
import { ResolvedCapitalCard } from './ResolvedCapitalCard';

function nextScanLabel(at: number | undefined, now: number, killSwitch: boolean): string {
  if (killSwitch) return i18n.t('popup.killSwitchOnScan');
  if (at === undefined) return i18n.t('popup.scanNotScheduled');
  const minutes = Math.max(0, Math.round((at - now) / 60_000));
  return minutes <= 0
    ? i18n.t('popup.scanStarting')
    : i18n.t('popup.nextScanIn', { minutes: String(minutes) });
}

/** The popup: what the bot is doing, with how much, and whether anything is wrong. */
export function PopupApp() {
  const now = useNow(5_000);
  const settings = useSettings();
  const open = useOpenPositions();
  const closed = useClosedPositions();
  const top = useTopOpportunities(3);
  const latest = useLatestPasses();
  const balance = usePaperBalance();
  const progress = useScanProgress();
  const nextScan = useNextAlarm('pass:scan');
  const scan = useRequest('pass.run');
  const startOfDay = new Date(now).setHours(0, 0, 0, 0);
  const scanning = scan.busy || isScanRunning(progress, now);
  // Each mode's money is its own: the figures and the list are the current mode's positions.
  const mode = settings?.mode;
  const mine = open.filter((p) => p.mode === mode);
  const otherOpen = open.filter((p) => p.mode !== mode);

  return (
    <main className="flex w-[400px] max-w-full min-h-[560px] flex-col gap-3 overflow-x-hidden p-3 font-sans">
      <header className="flex items-center justify-between">
        <div className="flex items-center gap-2">
          <h1 className="text-base font-bold">Equilibrage</h1>
          <ModeBadge mode={settings?.mode} />
        </div>
        <KillSwitch on={settings?.killSwitch} />
      </header>
      {settings?.killSwitch && (
        <p role="status" className="rounded-md bg-red-50 px-2 py-1 text-xs font-medium text-loss">
          {i18n.t('killSwitch.banner')}
        </p>
      )}
      <PolymarketAccess />
      <BankrollCard
        mode={mode}
        freeBalance={balance}
        open={mine}
        closed={closed.filter((p) => p.mode === mode)}
        startOfDay={startOfDay}
      />
      {/* Money waiting on chain, whatever the current mode (only live positions ever wait). */}
      <ResolvedCapitalCard positions={open} />
      <PositionsCard
        positions={mine}
        strategy={settings?.strategy}
        hasClosed={closed.some((p) => p.mode === mode)}
      />
      {mode && <OtherModePositions mode={mode} positions={otherOpen} />}
      <OpportunitiesCard
        opportunities={top}
        nextScanLabel={nextScanLabel(nextScan, now, settings?.killSwitch ?? false)}
        scanning={scanning}
        progress={progress}
        onScanNow={() => void scan.send({ pass: 'scan' })}
        held={new Set(open.map((p) => p.marketId))}
        threshold={settings?.strategy.opportunityThreshold}
        newsOn={(settings?.news.gdeltEnabled ?? false) || (settings?.news.rssFeeds.length ?? 0) > 0}
      />
      {scan.error && (
        <p role="alert" className="text-xs text-loss">
          {i18n.t('scan.failed', { error: scan.error })}
        </p>
      )}
      <PassesCard latest={latest} now={now} />
      <a
        href={browser.runtime.getURL('/dashboard.html')}
        target="_blank"
        rel="noreferrer"
        className="mt-auto block rounded-lg border border-slate-300 bg-white py-2 text-center text-sm font-semibold text-brand-600 hover:bg-brand-50"
      >
        {i18n.t('popup.openDashboard')}
      </a>
    </main>
  );
}
