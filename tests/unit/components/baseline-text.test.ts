import { describe, expect, it } from 'vitest';
import { baselineTexts } from '../../../components/ui/baseline-text';
import { NO_TRADE, type RunBaselines } from '../../../lib/core/backtest/edge/baselines';
import { localeMessages, lookupIn } from './locale-messages';

const en = lookupIn(localeMessages('en'));
const fr = lookupIn(localeMessages('fr'));
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const baselines = (over: Partial<RunBaselines['holdBoth']> = {}): RunBaselines => ({
  holdBoth: {
    edge: {
      trades: 8,
      minTrades: 30,
      mean: -0.093,
      ci95: [-0.148, -0.032],
      verdict: 'inconclusive',
      reason: 'too_few_trades',
    },
    totalPnl: -73.06,
    skipped: 0,
    unresolved: 5,
    ...over,
  },
  noTrade: NO_TRADE,
});

describe('the baselines in words', () => {
  it('says hold-both-legs with the same figures as a verdict, and no trade as 0, in English', () => {
    const texts = baselineTexts(baselines(), en, 'en-US');
    expect(texts.holdBoth).toBe(
      'Hold both legs to resolution: inconclusive (fewer than 30 trades) — mean per trade −9.3 % (95 % CI −14.8 % to −3.2 %), 8 trades; total P&L −$73.06; 5 markets unresolved at the end of the data, sold there',
    );
    expect(texts.noTrade).toBe('No trade: 0.0 % per trade, $0.00');
  });

  it('in French, with its plural forms', () => {
    const texts = baselineTexts(baselines({ skipped: 1, unresolved: 0 }), fr, 'fr-FR');
    expect(nbsp(texts.holdBoth)).toBe(
      'Garder les deux côtés jusqu’à la résolution : non concluant (moins de 30 positions) — moyenne par position −9,3 % (IC à 95 % de −14,8 % à −3,2 %), 8 positions ; P&L total −73,06 $ ; 1 entrée que le carnet n’a pas pu exécuter',
    );
    expect(nbsp(texts.noTrade)).toBe('Ne rien faire : 0,0 % par position, 0,00 $');
  });

  it('without a strategy trade there is nothing to hold', () => {
    const none = baselines({
      edge: {
        trades: 0,
        minTrades: 30,
        mean: null,
        ci95: null,
        verdict: 'inconclusive',
        reason: 'too_few_trades',
      },
      totalPnl: 0,
      unresolved: 0,
    });
    expect(baselineTexts(none, en, 'en-US').holdBoth).toBe(
      'Hold both legs to resolution: inconclusive (fewer than 30 trades) — no trade yet; total P&L $0.00',
    );
  });
});
