import { useState } from 'react';
import { i18n } from '#i18n';
import type { WhaleSummaryState } from '../../../lib/core/model/rows/whale-summary-state';
import type { WhaleRow } from '../../../lib/core/model/rows/whales';
import { formatAgo, formatNumber, formatUsd } from '../../ui/format';
import { WhaleDetails } from './WhaleDetails';
import { readPatterns } from './whale-patterns';

function shortAddress(a: string): string {
  return a.length > 12 ? `${a.slice(0, 6)}…${a.slice(-4)}` : a;
}

function patternSummary(patterns: Record<string, unknown>): string {
  const view = readPatterns(patterns);
  const parts: string[] = [];
  if (view.accumulating) parts.push(i18n.t('whaleDetail.tagAccumulating'));
  if (view.fresh) parts.push(i18n.t('whaleDetail.tagFresh'));
  const markets = Object.keys(view.netSideByMarket).length;
  if (markets === 1) parts.push(i18n.t('whaleDetail.tagMarket'));
  else if (markets > 1)
    parts.push(i18n.t('whaleDetail.tagMarkets', markets, { count: formatNumber(markets) }));
  return parts.length > 0 ? parts.join(' · ') : '—';
}

/** One whale: the aggregate row, and on demand its patterns, positions and Follow toggle. */
export function WhaleTableRow(props: {
  whale: WhaleRow;
  names: Map<string, string>;
  summary: WhaleSummaryState | undefined;
  now: number;
}) {
  const { whale: w, now } = props;
  const [open, setOpen] = useState(false);
  const label = w.name ?? shortAddress(w.walletAddress);
  const detailsId = `whale-details-${w.id}`;
  return (
    <>
      <tr className="border-t border-slate-100" data-testid="whale-row">
        <td className="p-2">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={i18n.t(open ? 'whaleDetail.hide' : 'whaleDetail.show', { wallet: label })}
            onClick={() => setOpen(!open)}
            className="flex items-start gap-2 rounded text-left hover:text-brand-600"
          >
            <span aria-hidden="true" className="w-3 text-slate-500">
              {open ? '▾' : '▸'}
            </span>
            <span>
              {w.name && <span className="block font-medium">{w.name}</span>}
              <span className="block font-mono text-xs text-slate-700" title={w.walletAddress}>
                {shortAddress(w.walletAddress)}
              </span>
            </span>
          </button>
          {w.tracked && (
            <span className="ml-5 rounded bg-blue-50 px-1 text-xs font-semibold text-paper">
              {i18n.t('whales.tracked')}
            </span>
          )}
        </td>
        <td className="p-2 text-right">{formatUsd(w.totalVolume)}</td>
        <td className="p-2 text-right">{formatNumber(w.tradeCount)}</td>
        <td className="p-2 text-right">{formatNumber(w.marketsActive)}</td>
        <td className="p-2 text-xs text-slate-700">{patternSummary(w.patterns)}</td>
        <td className="p-2">{formatAgo(w.lastTradeTime, now)}</td>
      </tr>
      {open && (
        <tr id={detailsId} className="bg-slate-50">
          <td colSpan={6}>
            <WhaleDetails whale={w} label={label} names={props.names} summary={props.summary} now={now} />
          </td>
        </tr>
      )}
    </>
  );
}
