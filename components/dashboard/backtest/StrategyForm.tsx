import { i18n } from '#i18n';
import type { EntryMethodOption } from '../../../lib/core/backtest/entry-method-runs';
import { DEFAULT_FILL_MODEL, type FillModelSettings } from '../../../lib/core/backtest/fill-model';
import type { StrategyParams } from '../../../lib/core/rules/params';
import { STRATEGY_NAMES, type StrategyName } from '../../../lib/core/strategies/registry';
import { Card } from '../../ui/Card';
import { EntryMethodSelect } from './EntryMethodSelect';

/** Parameters shown as percents in the form, stored as fractions (capital % is already a percent). */
const PERCENT_FIELDS = ['divergenceThreshold', 'takeProfit', 'stopLoss'] as const;
const INPUT = 'w-24 rounded-md border border-slate-300 px-2 py-1 text-sm tabular-nums';

/** The book model on price-only data: its quoted spread (a price, 0.03 = 3¢) and shares per level. */
export interface BookModelChoice {
  spread: number;
  depth: number;
}

export const DEFAULT_BOOK_MODEL: Readonly<BookModelChoice> = Object.freeze({
  spread: DEFAULT_FILL_MODEL.syntheticSpread,
  depth: DEFAULT_FILL_MODEL.syntheticDepthShares,
});

/** The engine's fill model with the form's book model. */
export function fillModelOf(book: BookModelChoice): FillModelSettings {
  return { ...DEFAULT_FILL_MODEL, syntheticSpread: book.spread, syntheticDepthShares: book.depth };
}

export interface StrategyChoice {
  strategies: StrategyName[];
  params: StrategyParams;
  initialCash: number;
  book: BookModelChoice;
  /** Balanced entries by the books, split, the cheaper (auto), or books and split compared. */
  entryMethod: EntryMethodOption;
}

function NumberField(props: {
  id: string;
  label: string;
  value: number;
  step: number;
  onChange: (v: number) => void;
}) {
  return (
    <label htmlFor={props.id} className="flex flex-col gap-1 text-sm">
      <span className="text-slate-700 sm:whitespace-nowrap">{props.label}</span>
      <input
        id={props.id}
        type="number"
        min={0}
        step={props.step}
        value={Number(props.value.toFixed(4))}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (Number.isFinite(v) && v >= 0) props.onChange(v);
        }}
        className={INPUT}
      />
    </label>
  );
}

/** Which strategies to compare, and the parameters they share (from the user's settings). */
export function StrategyForm(props: { value: StrategyChoice; onChange: (v: StrategyChoice) => void }) {
  const { strategies, params, initialCash, book } = props.value;
  const set = (patch: Partial<StrategyParams>) =>
    props.onChange({ ...props.value, params: { ...params, ...patch } });
  const setBook = (patch: Partial<BookModelChoice>) =>
    props.onChange({ ...props.value, book: { ...book, ...patch } });
  const toggle = (name: StrategyName, on: boolean) =>
    props.onChange({
      ...props.value,
      strategies: STRATEGY_NAMES.filter((n) => (n === name ? on : strategies.includes(n))),
    });
  return (
    <Card title={i18n.t('backtest.strategies.title')}>
      <fieldset className="flex flex-wrap gap-4">
        <legend className="sr-only">{i18n.t('backtest.strategies.title')}</legend>
        {STRATEGY_NAMES.map((name) => (
          <label key={name} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={strategies.includes(name)}
              onChange={(e) => toggle(name, e.target.checked)}
            />
            {i18n.t(`backtest.strategies.${name}`)}
          </label>
        ))}
      </fieldset>
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <NumberField
          id="bt-cash"
          label={i18n.t('backtest.strategies.initialCash')}
          value={initialCash}
          step={100}
          onChange={(v) => props.onChange({ ...props.value, initialCash: Math.max(1, v) })}
        />
        {PERCENT_FIELDS.map((key) => (
          <NumberField
            key={key}
            id={`bt-${key}`}
            label={i18n.t(`backtest.strategies.${key}`)}
            value={params[key] * 100}
            step={1}
            onChange={(v) => set({ [key]: v / 100 })}
          />
        ))}
        <NumberField
          id="bt-capital"
          label={i18n.t('backtest.strategies.capitalAllocationPercent')}
          value={params.capitalAllocationPercent}
          step={1}
          onChange={(v) => set({ capitalAllocationPercent: Math.min(100, Math.max(0.1, v)) })}
        />
        {(['takeProfitEnabled', 'stopLossEnabled'] as const).map((key) => (
          <label key={key} className="flex items-center gap-2 pb-1 text-sm">
            <input type="checkbox" checked={params[key]} onChange={(e) => set({ [key]: e.target.checked })} />
            {i18n.t(`backtest.strategies.${key}`)}
          </label>
        ))}
      </div>
      <p className="mt-2 text-xs text-slate-500">{i18n.t('backtest.strategies.fromSettings')}</p>
      <EntryMethodSelect
        value={props.value.entryMethod}
        onChange={(entryMethod) => props.onChange({ ...props.value, entryMethod })}
      />
      <div className="mt-3 flex flex-wrap items-end gap-4" data-testid="book-model">
        <NumberField
          id="bt-book-spread"
          label={i18n.t('backtest.strategies.bookSpread')}
          value={book.spread * 100}
          step={0.5}
          onChange={(v) => setBook({ spread: Math.min(50, v) / 100 })}
        />
        <NumberField
          id="bt-book-depth"
          label={i18n.t('backtest.strategies.bookDepth')}
          value={book.depth}
          step={50}
          onChange={(v) => setBook({ depth: Math.max(1, v) })}
        />
      </div>
      <p className="mt-2 text-xs text-slate-500">{i18n.t('backtest.strategies.bookModelHint')}</p>
    </Card>
  );
}
