import { type FormEvent, useId, useState } from 'react';
import { i18n } from '#i18n';
import { venueKey } from '../../../lib/core/model/venue';

export interface KalshiChoice {
  marketId: string;
  marketName: string;
}

/**
 * Pair a Polymarket market by hand with a Kalshi market the matcher missed: by ticker, or picked
 * from the Kalshi markets of the last scan. The pair is kept as confirmed at every scan.
 */
export function PairByHand(props: {
  polymarketId: string;
  choices: readonly KalshiChoice[];
  busy: boolean;
  onPair: (polymarketId: string, kalshiId: string) => Promise<boolean>;
}) {
  const [open, setOpen] = useState(false);
  const [ticker, setTicker] = useState('');
  const [picked, setPicked] = useState('');
  const [missing, setMissing] = useState(false);
  const ids = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const typed = ticker
      .trim()
      .toUpperCase()
      .replace(/^KALSHI:/, '');
    const kalshiId = typed ? venueKey('kalshi', typed) : picked;
    setMissing(kalshiId === '');
    if (kalshiId === '') return;
    if (await props.onPair(props.polymarketId, kalshiId)) {
      setOpen(false);
      setTicker('');
      setPicked('');
    }
  }

  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-semibold hover:bg-slate-100"
      >
        {i18n.t('sameEvent.pairOpen')}
      </button>
    );
  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${ids}-title`}
      className="max-w-full space-y-2 rounded-lg border border-slate-200 bg-white p-2 text-xs"
      data-testid="pair-by-hand"
    >
      <p id={`${ids}-title`} className="font-semibold">
        {i18n.t('sameEvent.pairTitle')}
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-col gap-1">
          <span className="font-medium text-slate-700">{i18n.t('sameEvent.pairTicker')}</span>
          <input
            value={ticker}
            onChange={(e) => setTicker(e.target.value)}
            placeholder={i18n.t('sameEvent.pairTickerPlaceholder')}
            className="w-56 max-w-full rounded-md border border-slate-300 px-2 py-1 font-mono"
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        {props.choices.length > 0 && (
          <label className="flex min-w-0 max-w-full flex-col gap-1">
            <span className="font-medium text-slate-700">{i18n.t('sameEvent.pairPick')}</span>
            <select
              value={picked}
              onChange={(e) => setPicked(e.target.value)}
              className="w-72 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1"
            >
              <option value="">{i18n.t('sameEvent.pairChoose')}</option>
              {props.choices.map((c) => (
                <option key={c.marketId} value={c.marketId}>
                  {c.marketName}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {missing && (
        <p role="alert" className="text-loss">
          {i18n.t('sameEvent.pairNeedOne')}
        </p>
      )}
      <p className="text-slate-600">{i18n.t('sameEvent.pairHelp')}</p>
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={props.busy}
          className="rounded-md bg-brand-600 px-3 py-1 font-semibold text-white hover:bg-brand-500 disabled:opacity-60"
        >
          {i18n.t('sameEvent.pairSubmit')}
        </button>
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="rounded-md border border-slate-300 bg-white px-3 py-1 font-semibold hover:bg-slate-100"
        >
          {i18n.t('sameEvent.pairCancel')}
        </button>
      </div>
    </form>
  );
}
