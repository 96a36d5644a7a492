import { describe, expect, it } from 'vitest';
import { missingFactorNames } from '../../../components/dashboard/scanner/missing-factors';
import { renderCoded, translateCoded } from '../../../components/ui/coded-text';
import { checkBooks, type Eligibility, preFilterMarket } from '../../../lib/core/rules/eligibility';
import { eligibilityMessage } from '../../../lib/core/rules/eligibility-text';
import { DEFAULT_STRATEGY_PARAMS } from '../../../lib/core/rules/params';
import { makeBook } from '../core/support/books';
import { HOUR, makeMarket, NOW } from '../core/support/markets';
import { localeMessages, lookupIn } from './locale-messages';

const fr = lookupIn(localeMessages('fr'));
const en = lookupIn(localeMessages('en'));
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const params = DEFAULT_STRATEGY_PARAMS;
const tight = makeBook([[0.49, 500]], [[0.51, 500]], { lastTradePrice: 500_000 });

function rejected(verdict: Eligibility) {
  if (verdict.eligible) throw new Error('expected a rejection');
  return verdict;
}
const inFrench = (verdict: Eligibility) =>
  nbsp(renderCoded('rejections', eligibilityMessage(rejected(verdict)), rejected(verdict).text, fr, 'fr-FR'));

describe('scanner rejections in the UI language', () => {
  it('says every eligibility rule in French, with French numbers', () => {
    expect(inFrench(preFilterMarket(makeMarket({ closed: true }), params, NOW))).toBe('Le marché est fermé');
    expect(inFrench(preFilterMarket(makeMarket({ liquidity: 8_000_000_000 }), params, NOW))).toBe(
      'Liquidité de 8 000,00 $, sous votre minimum de 10 000,00 $',
    );
    expect(inFrench(preFilterMarket(makeMarket({ endTime: NOW + 12 * HOUR }), params, NOW))).toBe(
      'Se termine dans 12 h, plus tôt que votre minimum de 24 h',
    );
    expect(inFrench(preFilterMarket(makeMarket({ endTime: NOW - HOUR }), params, NOW))).toBe(
      'Le marché est déjà terminé, plus tôt que votre minimum de 24 h',
    );
    expect(inFrench(preFilterMarket(makeMarket({ endTime: NOW + 120 * 24 * HOUR }), params, NOW))).toBe(
      'Se termine dans 120 jours, plus tard que votre maximum de 90 jours',
    );
    const band = { yes: makeBook([[0.71, 100]], [[0.73, 100]]), no: tight };
    expect(inFrench(checkBooks(band, params))).toBe('OUI à 72¢, hors de votre bande 35¢–65¢');
    const wide = { yes: tight, no: makeBook([[0.465, 100]], [[0.51, 100]]) };
    expect(inFrench(checkBooks(wide, params))).toBe(
      'Écart de 4,5¢ sur NON, plus large que votre limite de 3¢',
    );
    const noBids = { yes: tight, no: makeBook([], [[0.51, 100]], { lastTradePrice: 500_000 }) };
    expect(inFrench(checkBooks(noBids, params))).toBe(
      'NON n’a aucune offre d’achat : son écart ne peut pas être mesuré',
    );
  });

  it('the English messages say what the core says', () => {
    const verdicts = [
      preFilterMarket(makeMarket({ archived: true }), params, NOW),
      preFilterMarket(makeMarket({ endTime: NOW + 12 * HOUR }), params, NOW),
      preFilterMarket(makeMarket({ endTime: NOW + 120 * 24 * HOUR }), params, NOW),
      checkBooks({ yes: makeBook([[0.71, 100]], [[0.73, 100]]), no: tight }, params),
      checkBooks({ yes: tight, no: makeBook([[0.47, 100]], [[0.51, 100]]) }, params),
      checkBooks({ yes: tight, no: makeBook([[0.49, 100]], [], { lastTradePrice: 500_000 }) }, params),
    ].map(rejected);
    for (const v of verdicts)
      expect(translateCoded('rejections', v.text, en, 'en-US')).toBe(eligibilityMessage(v));
  });

  it('keeps the English of a row written before the coded form', () => {
    expect(renderCoded('rejections', 'Spread 4¢ is wider than your 3¢ limit', undefined, fr, 'fr-FR')).toBe(
      'Spread 4¢ is wider than your 3¢ limit',
    );
  });

  it('names missing factors in the UI language, from the factors’ own flags', () => {
    const factor = (missing: boolean) => ({ raw: null, normalised: 0, weight: 0.2, missing });
    const row = {
      factors: {
        liquidity: factor(false),
        volatility: factor(true),
        whales: factor(false),
        news: factor(true),
      },
    };
    expect(missingFactorNames(row, (k) => fr(`factors.${k}`))).toEqual([
      'Volatilité',
      'Pertinence de l’actualité',
    ]);
    expect(translateCoded('factorNotes', { code: 'news_unavailable', params: {} }, fr, 'fr-FR')).toBe(
      'actualités désactivées ou indisponibles',
    );
  });
});
