import { i18n } from '#i18n';
import type { ParamSet, ParamValue, TunableParam } from '../../../lib/core/backtest/param-space';
import { formatPercent } from '../../ui/format';
import { describeSet, showValue } from './param-diff';

const LABELLED = ['divergenceThreshold', 'takeProfit', 'stopLoss'] as const;
type Labelled = (typeof LABELLED)[number];
const isLabelled = (p: TunableParam): p is Labelled => (LABELLED as readonly string[]).includes(p);

/** A tunable parameter's name in the UI's language (the three the form tunes; others by key). */
export function paramLabel(param: TunableParam): string {
  return isLabelled(param) ? i18n.t(`backtest.params.${param}`) : param;
}

export const showParam = (param: TunableParam, value: ParamValue): string =>
  showValue(param, value, (r) => formatPercent(r));

export const describeParams = (set: ParamSet): string =>
  describeSet(set, paramLabel, (r) => formatPercent(r));
