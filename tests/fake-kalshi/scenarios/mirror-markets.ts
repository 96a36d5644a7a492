import type { FakeKalshiState } from '../state/fake-kalshi-state.ts';
import { type FakeKalshiMarket, LINEAR_CENT } from '../state/kalshi-market-model.ts';

/**
 * A bet another venue lists (e.g. a fake Polymarket market), listed on the fake Kalshi too, in
 * Kalshi's own words: the cross-venue comparison's scenario (issue 20 §4).
 */
export interface MirrorBet {
  /** The other venue's question as it lists it ("Will Bitcoin be above $120000 on 2026-06-15? #12"). */
  question: string;
  /** Kalshi's `rules_primary`; derived from the question ("If Bitcoin is above …, then …") when absent. */
  rules?: string;
  /** The other venue's end date, epoch ms: the Kalshi market closes 3 hours later. */
  endTimeMs: number;
  /**
   * 'same' (default): the same bet. 'inverted': the same bet worded the other way round ("below"
   * for "above"), so Kalshi's YES is the other venue's NO. 'near_miss': the same wording with
   * another threshold (+5 %): a different bet that must not be proposed as likely.
   */
  kind?: 'same' | 'inverted' | 'near_miss';
  /** YES of the bet as the question states it, micros (default 50¢); an inverted listing quotes 1 − it. */
  yesMid?: number;
}

const CENT = 10_000;
const ONE = 1_000_000;
const CLOSE_AFTER_MS = 3 * 3_600_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SWAP: Record<string, string> = { above: 'below', below: 'above', over: 'under', under: 'over' };

const kalshiDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1]} ${d}, ${y}`;
};
const grouped = (digits: string) => Number(digits).toLocaleString('en-US');

/** The question as a Kalshi statement: no "Will … ?", no serial, "Jun 15, 2026", "$120,000". */
function statementOf(question: string): string {
  return question
    .trim()
    .replace(/^will\s+/i, '')
    .replace(/\s*#\d+\s*$/, '')
    .replace(/\?$/, '')
    .replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => kalshiDate(iso))
    .replace(/\$(\d{4,})\b/g, (_, digits: string) => `$${grouped(digits)}`);
}

function reworded(statement: string, kind: MirrorBet['kind']): string {
  if (kind === 'inverted') {
    const word = /\b(above|below|over|under)\b/.exec(statement)?.[1];
    if (!word) throw new Error(`cannot word "${statement}" the other way round: no above/below`);
    return statement.replace(new RegExp(`\\b${word}\\b`), SWAP[word] ?? word);
  }
  if (kind === 'near_miss') {
    const threshold = /\$([\d,]+)/.exec(statement)?.[1];
    if (!threshold) throw new Error(`"${statement}" names no $ threshold to miss`);
    const other = Math.round(Number(threshold.replace(/,/g, '')) * 1.05);
    return statement.replace(`$${threshold}`, `$${grouped(String(other))}`);
  }
  return statement;
}

function tickerParts(statement: string, endTimeMs: number, index: number) {
  const subject = (/[A-Za-z]+/.exec(statement)?.[0] ?? 'BET').toUpperCase().slice(0, 8);
  const end = new Date(endTimeMs);
  const day = `${String(end.getUTCFullYear()).slice(2)}${MONTHS[end.getUTCMonth()]?.toUpperCase()}${String(end.getUTCDate()).padStart(2, '0')}`;
  const seriesTicker = `KX${subject}`;
  const eventTicker = `${seriesTicker}-${day}`;
  return { seriesTicker, eventTicker, ticker: `${eventTicker}-M${index}` };
}

/** Lists each bet on the fake Kalshi (one market each, quoted around its mid); returns the tickers in order. */
export function mirrorMarkets(state: FakeKalshiState, bets: readonly MirrorBet[]): string[] {
  const nowSec = Math.floor(state.nowMs / 1000);
  return bets.map((bet, index) => {
    const kind = bet.kind ?? 'same';
    const statement = reworded(statementOf(bet.question), kind);
    const { seriesTicker, eventTicker, ticker } = tickerParts(statement, bet.endTimeMs, index);
    const title = `${statement.replace(/\bbe\s+/, '')}?`;
    if (!state.events.has(eventTicker))
      state.events.set(eventTicker, {
        eventTicker,
        seriesTicker,
        title,
        subTitle: kalshiDate(new Date(bet.endTimeMs).toISOString().slice(0, 10)),
        category: 'Financials',
        mutuallyExclusive: false,
      });
    const stated = bet.yesMid ?? ONE / 2;
    const mid = kind === 'inverted' ? ONE - stated : stated;
    const market: FakeKalshiMarket = {
      ticker,
      eventTicker,
      seriesTicker,
      title,
      status: 'active',
      result: '',
      openTimeMs: state.nowMs - 7 * 86_400_000,
      closeTimeMs: bet.endTimeMs + CLOSE_AFTER_MS,
      ranges: LINEAR_CENT,
      priceLevelStructure: 'linear_cent',
      yesBids: new Map(),
      noBids: new Map(),
      lastPrice: mid,
      volume: 2_000 * ONE,
      openInterest: 800 * ONE,
      history: [],
      rulesPrimary:
        bet.rules ??
        `If ${statement.replace(/\bbe\b/, 'is')}, then the market resolves to Yes. Otherwise, it resolves to No.`,
    };
    for (let level = 1; level <= 5; level += 1) {
      market.yesBids.set(mid - level * CENT, 200 * ONE);
      market.noBids.set(ONE - mid - level * CENT, 200 * ONE);
    }
    for (let h = 48; h >= 1; h -= 1) market.history.push([nowSec - h * 3600, mid]);
    state.markets.set(ticker, market);
    return ticker;
  });
}
