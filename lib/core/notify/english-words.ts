import { formatCents, formatUsd } from '../model/display';
import type { Micros } from '../model/money';
import { formatDuration } from './format-duration';
import type { NotificationWords } from './notification-words';

const SIDE = { yes: 'YES', no: 'NO' } as const;

function signedUsd(micros: Micros): string {
  return micros > 0 ? `+${formatUsd(micros)}` : formatUsd(micros);
}

function humanReason(reason: string): string {
  return reason.replace(/_/g, ' ');
}

/** "YES 50¢ + NO 51¢" for a balanced entry, "YES 67¢ only" for a single-side one (a 0 price: not bought). */
function boughtLegs(event: { priceYes: number; priceNo: number }): string {
  const legs = [
    event.priceYes > 0 ? `YES ${formatCents(event.priceYes)}` : '',
    event.priceNo > 0 ? `NO ${formatCents(event.priceNo)}` : '',
  ].filter((l) => l !== '');
  return legs.length === 1 ? `${legs[0]} only` : legs.join(' + ');
}

const LIVE_STOP_REASON = {
  wallet_removed: 'The wallet was removed.',
  wallet_replaced: 'The wallet was replaced by another key.',
  signature_type_changed: 'The signature type changed.',
  funder_changed: 'The funder address changed.',
  endpoint_changed: 'An API endpoint changed.',
  signer_changed: 'The wallet that signs orders is not the one the wallet doctor approved.',
} as const;

/** English, numbers as the core's messages write them ("$1,204.50", "62.5¢"). */
export const ENGLISH_WORDS: NotificationWords = {
  language: 'en',
  entry: (event) => ({
    title: 'Position opened',
    lines: [event.marketName, `${boughtLegs(event)}, cost ${formatUsd(event.cost)} · ${event.mode}`],
  }),
  liquidation: (event) => ({
    title: 'Leg liquidated',
    lines: [
      event.marketName,
      `Sold ${SIDE[event.side]} at ${formatCents(event.price)} for ${formatUsd(event.proceeds)}, P&L ${signedUsd(event.pnl)} · ${event.mode}`,
    ],
  }),
  close: (event) => ({
    title: 'Position closed',
    lines: [event.marketName, `${humanReason(event.reason)}, P&L ${signedUsd(event.pnl)} · ${event.mode}`],
  }),
  error: (event) => ({
    title: `Error in ${event.scope}`,
    lines: [`${event.message} (${event.code})${event.mode ? ` · ${event.mode}` : ''}`],
  }),
  dailyLossBreaker: (event) => ({
    title: 'Daily loss limit reached',
    lines: [
      `Loss today ${formatUsd(event.loss)}, limit ${formatUsd(event.limit)}. New entries are paused until tomorrow · ${event.mode}`,
    ],
  }),
  liveStopped: (event) => ({
    title: 'Live trading stopped: back to paper',
    lines: [
      `${LIVE_STOP_REASON[event.reason]} Run the wallet doctor again before switching live trading back on. Open live positions are still managed with your wallet.`,
    ],
  }),
  test: (event) => ({
    title: 'Test notification',
    lines: [`Polymarket Equilibrage can reach you on ${event.channel}.`],
  }),
  repeats: (event, repeats) => {
    const noun = event.type === 'error' ? 'error' : 'notification';
    const plural = repeats.count === 1 ? noun : `${noun}s`;
    return `(and ${repeats.count} more ${plural} in the last ${formatDuration(repeats.sinceMs)})`;
  },
};
