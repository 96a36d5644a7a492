import { i18n } from '#i18n';

export type ScannerSubTab = 'opportunities' | 'sameEvent';
const subTabs: ScannerSubTab[] = ['opportunities', 'sameEvent'];
const labelKey = {
  opportunities: 'sameEvent.tabOpportunities',
  sameEvent: 'sameEvent.tabSameEvent',
} as const;

/** The scanner's two views: its opportunities, and the markets found on both venues (arrow keys move). */
export function ScannerSubTabs(props: {
  value: ScannerSubTab;
  onChange: (tab: ScannerSubTab) => void;
  /** How many pairs the second view lists, when known. */
  pairs: number | null;
}) {
  function select(tab: ScannerSubTab) {
    props.onChange(tab);
    document.getElementById(`scanner-tab-${tab}`)?.focus();
  }
  return (
    <div
      role="tablist"
      aria-label={i18n.t('sameEvent.tabsLabel')}
      className="flex max-w-full flex-wrap gap-1 border-b border-slate-200"
    >
      {subTabs.map((tab, index) => {
        const selected = props.value === tab;
        return (
          <button
            key={tab}
            id={`scanner-tab-${tab}`}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls="scanner-subpanel"
            tabIndex={selected ? 0 : -1}
            onClick={() => select(tab)}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              const next = subTabs[(index + step + subTabs.length) % subTabs.length];
              if (step !== 0 && next) select(next);
            }}
            className={`-mb-px rounded-t-md border-b-2 px-3 py-1.5 text-sm font-semibold ${
              selected
                ? 'border-brand-600 text-brand-600'
                : 'border-transparent text-slate-600 hover:text-slate-900'
            }`}
          >
            {i18n.t(labelKey[tab])}
            {tab === 'sameEvent' && props.pairs !== null && props.pairs > 0 && (
              <span className="tabular ml-1.5 rounded-full bg-slate-200 px-1.5 text-xs text-slate-800">
                {props.pairs}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
