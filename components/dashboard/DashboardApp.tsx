import { useState } from 'react';
import { useSettings } from '../hooks/use-live-data';
import { ModeBadge } from '../ui/ModeBadge';
import { HealthView } from './HealthView';
import { HistoryView } from './HistoryView';
import { ScannerView } from './ScannerView';
import { WhalesView } from './WhalesView';

const tabs = [
  { id: 'scanner', label: 'Scanner' },
  { id: 'history', label: 'History' },
  { id: 'whales', label: 'Whales' },
  { id: 'health', label: 'Health' },
] as const;
type TabId = (typeof tabs)[number]['id'];

function initialTab(): TabId {
  const hash = window.location.hash.replace('#', '');
  return tabs.find((t) => t.id === hash)?.id ?? 'scanner';
}

/** The full-page dashboard: scanner, history, whales and health. */
export function DashboardApp() {
  const settings = useSettings();
  const [tab, setTab] = useState<TabId>(initialTab);

  return (
    <div className="min-h-screen font-sans">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center gap-4 px-6 py-3">
          <h1 className="text-lg font-bold">Equilibrage</h1>
          <ModeBadge mode={settings?.mode} />
          {settings?.killSwitch && (
            <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-loss">
              Kill switch on
            </span>
          )}
          <div aria-label="Dashboard sections" className="ml-auto flex gap-1" role="tablist">
            {tabs.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                aria-selected={tab === t.id}
                onClick={() => {
                  setTab(t.id);
                  window.location.hash = t.id;
                }}
                className={`rounded-md px-3 py-1.5 text-sm font-medium ${
                  tab === t.id ? 'bg-brand-600 text-white' : 'text-slate-600 hover:bg-slate-100'
                }`}
              >
                {t.label}
              </button>
            ))}
          </div>
        </div>
      </header>
      <main
        className="mx-auto max-w-6xl p-6"
        role="tabpanel"
        aria-label={tabs.find((t) => t.id === tab)?.label}
      >
        {tab === 'scanner' && <ScannerView />}
        {tab === 'history' && <HistoryView />}
        {tab === 'whales' && <WhalesView />}
        {tab === 'health' && <HealthView />}
      </main>
    </div>
  );
}
