import { useState } from 'react';
import { i18n } from '#i18n';
import { useOpenPositions, useSettings } from '../hooks/use-live-data';
import { CloseAllPositions } from '../popup/CloseAllPositions';
import { ResolvedCapitalCard } from '../popup/ResolvedCapitalCard';
import { ModeBadge } from '../ui/ModeBadge';
import { BacktestView } from './backtest/BacktestView';
import { EnterFromLink } from './EnterFromLink';
import { HealthView } from './health/HealthView';
import { HistoryView } from './history/HistoryView';
import { ScannerView } from './scanner/ScannerView';
import { WhalesView } from './whales/WhalesView';

const tabs = ['scanner', 'history', 'whales', 'health', 'backtest'] as const;
type TabId = (typeof tabs)[number];

function initialTab(): TabId {
  const hash = window.location.hash.replace('#', '');
  return tabs.find((t) => t === hash) ?? 'scanner';
}

/** The market the overlay asked to enter (#enter=<marketId>), if any. */
function enterFromHash(): string | null {
  const match = /^#enter=([\w.-]{1,200})$/.exec(window.location.hash);
  return match?.[1] ?? null;
}

/** The full-page dashboard: scanner, history, whales and health. */
export function DashboardApp() {
  const settings = useSettings();
  const openPositions = useOpenPositions();
  const [tab, setTab] = useState<TabId>(initialTab);
  const [enterMarket] = useState(enterFromHash);

  function select(id: TabId) {
    setTab(id);
    window.history.replaceState(null, '', `#${id}`);
    document.getElementById(`tab-${id}`)?.focus();
  }

  return (
    <div className="min-h-screen font-sans">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-3 py-3 sm:px-6">
          <h1 className="text-lg font-bold">Equilibrage</h1>
          <ModeBadge mode={settings?.mode} />
          {settings?.killSwitch && (
            <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-loss">
              {i18n.t('killSwitch.banner')}
            </span>
          )}
          {openPositions.length > 0 && <CloseAllPositions positions={openPositions} />}
          <div
            aria-label={i18n.t('dashboard.sections')}
            className="ml-auto flex flex-wrap gap-1"
            role="tablist"
          >
            {tabs.map((id, index) => (
              <button
                key={id}
                id={`tab-${id}`}
                type="button"
                role="tab"
                aria-selected={tab === id}
                aria-controls="dashboard-panel"
                tabIndex={tab === id ? 0 : -1}
                onClick={() => select(id)}
                onKeyDown={(e) => {
                  const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                  const next = tabs[(index + step + tabs.length) % tabs.length];
                  if (step !== 0 && next) select(next);
                }}
                className={`rounded-md px-3 py-1.5 text-sm font-medium ${
                  tab === id ? 'bg-brand-600 text-white' : 'text-slate-700 hover:bg-slate-100'
                }`}
              >
                {i18n.t(`dashboard.tabs.${id}`)}
              </button>
            ))}
          </div>
        </div>
      </header>
      <main
        id="dashboard-panel"
        className="mx-auto max-w-7xl p-3 sm:p-6"
        role="tabpanel"
        aria-labelledby={`tab-${tab}`}
      >
        {enterMarket && <EnterFromLink marketId={enterMarket} />}
        <div className="mb-4 max-w-xl empty:hidden">
          <ResolvedCapitalCard positions={openPositions} />
        </div>
        {tab === 'scanner' && <ScannerView />}
        {tab === 'history' && <HistoryView />}
        {tab === 'whales' && <WhalesView />}
        {tab === 'health' && <HealthView />}
        {tab === 'backtest' && <BacktestView />}
      </main>
    </div>
  );
}
