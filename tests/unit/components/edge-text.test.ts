import { describe, expect, it } from 'vitest';
import { assumptionLines, edgeVerdictText } from '../../../components/ui/edge-text';
import type { RunAssumptions } from '../../../lib/core/backtest/edge/assumptions';
import type { FoldStatus } from '../../../lib/core/backtest/edge/edge-ranking';
import { type EdgeStats, edgeStats } from '../../../lib/core/backtest/edge/edge-stats';
import { localeMessages, lookupIn } from './locale-messages';

const en = lookupIn(localeMessages('en'));
const fr = lookupIn(localeMessages('fr'));
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const stats = (over: Partial<EdgeStats>): EdgeStats => ({
  trades: 25,
  minTrades: 30,
  mean: -0.121,
  ci95: [-0.17, -0.06],
  verdict: 'negative',
  reason: null,
  ...over,
});

describe('the edge verdict in words', () => {
  it('says a negative edge with its mean, interval and trade count, in English and French', () => {
    const negative = stats({ trades: 40 });
    expect(edgeVerdictText(negative, en, 'en-US')).toBe(
      'Edge: negative — mean per trade −12.1 % (95 % CI −17.0 % to −6.0 %), 40 trades',
    );
    expect(nbsp(edgeVerdictText(negative, fr, 'fr-FR'))).toBe(
      'Avantage : négatif — moyenne par position −12,1 % (IC à 95 % de −17,0 % à −6,0 %), 40 positions',
    );
  });

  it('says why a verdict is inconclusive: fewer trades than the floor, or an interval spanning 0', () => {
    const few = stats({ verdict: 'inconclusive', reason: 'too_few_trades' });
    expect(edgeVerdictText(few, en, 'en-US')).toMatch(/^Edge: inconclusive \(fewer than 30 trades\) — /);
    expect(edgeVerdictText(few, fr, 'fr-FR')).toMatch(/^Avantage : non concluant \(moins de 30 positions\)/);
    const spans = stats({
      trades: 60,
      mean: 0.01,
      ci95: [-0.02, 0.04],
      verdict: 'inconclusive',
      reason: 'ci_spans_zero',
    });
    expect(edgeVerdictText(spans, en, 'en-US')).toBe(
      'Edge: inconclusive (the interval spans 0) — mean per trade +1.0 % (95 % CI −2.0 % to +4.0 %), 60 trades',
    );
    expect(edgeVerdictText(spans, fr, 'fr-FR')).toMatch(/non concluant \(l’intervalle contient 0\)/);
  });

  it('words the core’s own statistics: one trade is singular, no trade says so', () => {
    expect(edgeVerdictText(edgeStats([0.5]), en, 'en-US')).toMatch(/, 1 trade$/);
    expect(nbsp(edgeVerdictText(edgeStats([0.5]), fr, 'fr-FR'))).toMatch(/, 1 position$/);
    expect(edgeVerdictText(edgeStats([]), en, 'en-US')).toBe(
      'Edge: inconclusive (fewer than 30 trades) — no trade yet',
    );
    expect(edgeVerdictText(edgeStats([]), fr, 'fr-FR')).toBe(
      'Avantage : non concluant (moins de 30 positions) — aucune position pour l’instant',
    );
    const winners = Array.from({ length: 40 }, (_, i) => 0.05 + (i % 5) / 100);
    expect(edgeVerdictText(edgeStats(winners), en, 'en-US')).toMatch(
      /^Edge: positive — mean per trade \+7\.0 %/,
    );
  });
});

describe('what a run could not observe', () => {
  const priceOnly: RunAssumptions = {
    bookModel: 'modelled',
    spread: 0.02,
    spreadSetting: 0.01,
    depth: 500,
    notChecked: ['spread', 'depth', 'liquidity', 'volume', 'score_threshold'],
    partlyChecked: [],
  };

  it('says modelled fills with the synthetic spread and depth, then the rules not checked', () => {
    expect(assumptionLines(priceOnly, en, 'en-US')).toEqual([
      'Fills are modelled, not observed: the dataset has no order books, so prices come from a synthetic book with a 2¢ spread and 500 shares per level.',
      'Entry rules not checked (the dataset lacks their data): spread, depth, liquidity, volume, score threshold.',
    ]);
    expect(assumptionLines(priceOnly, fr, 'fr-FR').map(nbsp)).toEqual([
      'Exécutions modélisées, non observées : le jeu de données n’a pas de carnet d’ordres, les prix viennent d’un carnet synthétique avec un écart de 2¢ et 500 parts par niveau.',
      'Règles d’entrée non vérifiées (le jeu de données n’a pas ces informations) : écart achat-vente, profondeur, liquidité, volume, seuil de score.',
    ]);
  });

  it('says nothing about fills on recorded books, and names the partly checked rules', () => {
    const recorded: RunAssumptions = {
      ...priceOnly,
      bookModel: 'recorded',
      spread: null,
      depth: null,
      notChecked: [],
      partlyChecked: ['liquidity'],
    };
    expect(assumptionLines(recorded, en, 'en-US')).toEqual(['Checked on some markets only: liquidity.']);
    expect(assumptionLines(recorded, fr, 'fr-FR').map(nbsp)).toEqual([
      'Vérifiées sur une partie des marchés seulement : liquidité.',
    ]);
  });
});

describe('walk-forward fold statuses', () => {
  // Every status the core can give a fold (a missing one fails to compile), worded in both languages.
  const statuses: Record<FoldStatus, true> = {
    ok: true,
    no_data: true,
    not_rankable: true,
    no_candidate: true,
  };

  it('has words for each status, and a fold without data says "no data", never "ok"', () => {
    for (const status of Object.keys(statuses)) {
      expect(en(`edge.foldStatus.${status}`)).not.toBe('');
      expect(fr(`edge.foldStatus.${status}`)).not.toBe('');
    }
    expect(en('edge.foldStatus.no_data')).toMatch(
      /^no data \(no trade in the training window, nothing elected\)$/,
    );
    expect(fr('edge.foldStatus.no_data')).toMatch(/^pas de données/);
  });
});
