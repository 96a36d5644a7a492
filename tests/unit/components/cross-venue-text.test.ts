import { describe, expect, it } from 'vitest';
import {
  confidenceBand,
  confidenceText,
  gapAmountText,
  gapSides,
  gapTone,
  gapVerdictText,
  reasonTexts,
} from '../../../components/ui/cross-venue-text';
import type { MatchReason } from '../../../lib/core/venues/cross-venue-match';
import type { CrossVenueGapView } from '../../../lib/messaging/cross-venue-protocol';
import { localeMessages, lookupIn } from './locale-messages';

const en = lookupIn(localeMessages('en'));
const fr = lookupIn(localeMessages('fr'));
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const gap = (over: Partial<CrossVenueGapView>): CrossVenueGapView => ({
  direction: 'yesA_noB',
  stake: 100_000_000,
  contracts: 97_000_000,
  cost: 98_900_000,
  fees: 1_520_000,
  gap: -420_000,
  returnRatio: -0.0042,
  ...over,
});

describe('a cross-venue match in words', () => {
  it('names how sure the matcher is, in bands, and the user’s own verdict once given', () => {
    const auto = { verdict: 'auto' as const, manual: false };
    expect(confidenceText({ ...auto, confidence: 0.82 }, en, 'en-US')).toBe('Likely match 82 %');
    expect(confidenceText({ ...auto, confidence: 0.55 }, en, 'en-US')).toBe('Possible match 55 %');
    expect(confidenceText({ ...auto, confidence: 0.3 }, en, 'en-US')).toBe('Unlikely match 30 %');
    expect(nbsp(confidenceText({ ...auto, confidence: 0.82 }, fr, 'fr-FR'))).toBe(
      'Correspondance probable 82 %',
    );
    expect(confidenceText({ confidence: 0.3, verdict: 'confirmed', manual: false }, en, 'en-US')).toBe(
      'Confirmed by you',
    );
    expect(confidenceText({ confidence: 1, verdict: 'confirmed', manual: true }, fr, 'fr-FR')).toBe(
      'Associé par vous',
    );
    expect(confidenceText({ confidence: 0.9, verdict: 'rejected', manual: false }, en, 'en-US')).toBe(
      'Not the same bet (your verdict)',
    );
  });

  it('puts the bands where the matcher puts them: 0.7 is likely, 0.4 possible, below unlikely', () => {
    expect([0.7, 0.69, 0.4, 0.39].map(confidenceBand)).toEqual([
      'likely',
      'possible',
      'possible',
      'unlikely',
    ]);
  });

  it('words every reason of the matcher in both languages, with numbers in the locale’s format', () => {
    const reasons: MatchReason[] = [
      { code: 'text_overlap', params: { percent: 74 } },
      { code: 'same_threshold', params: { value: '3.25%' } },
      { code: 'close_times_near', params: { hours: 2.5 } },
      { code: 'inverted_outcomes', params: { left: 'up', right: 'down' } },
    ];
    expect(reasonTexts(reasons, en, 'en-US')).toEqual([
      '74 % of the question and resolution wording in common',
      'Same threshold: 3.25%',
      'Close times 2.5 h apart',
      'Worded the other way round (above vs below): YES here is NO there',
    ]);
    const french = reasonTexts(reasons, fr, 'fr-FR').map(nbsp);
    expect(french[0]).toBe('74 % de la question et des règles de résolution en commun');
    expect(french[2]).toBe('Clôtures à 2,5 h d’écart');
    expect(french[3]).toBe(
      'Formulé à l’inverse (au-dessus contre en dessous) : OUI ici correspond à NON là-bas',
    );
  });

  it('never shows a code: a reason the locale cannot word is left out', () => {
    const unknown = { code: 'from_a_newer_background', params: {} } as unknown as MatchReason;
    expect(reasonTexts([unknown, { code: 'same_date', params: { date: 'May 19' } }], en, 'en-US')).toEqual([
      'Same date named: May 19',
    ]);
  });

  it('reads a negative or zero gap as no edge after fees, a positive one as locked in', () => {
    expect(gapTone(gap({}))).toBe('none');
    expect(gapTone(gap({ gap: 0, returnRatio: 0 }))).toBe('none');
    expect(gapTone(gap({ gap: 310_000, returnRatio: 0.0031 }))).toBe('edge');
    expect(gapTone(null)).toBe('unknown');
    expect(gapAmountText(gap({}), 'en-US')).toBe('−$0.42 (−0.4 %)');
    expect(nbsp(gapAmountText(gap({}), 'fr-FR'))).toBe('−0,42 $ (−0,4 %)');
    expect(gapAmountText(gap({ gap: 310_000, returnRatio: 0.0031 }), 'en-US')).toBe('+$0.31 (+0.3 %)');
    expect(gapVerdictText(gap({}), en)).toBe('no edge after fees');
    expect(gapVerdictText(gap({}), fr)).toBe('aucun avantage après frais');
    expect(gapVerdictText(gap({ gap: 1 }), en)).toBe('locked in after fees, before transfer costs');
    expect(gapVerdictText(null, fr)).toBe('pas d’écart (un carnet est vide ou trop mince pour un contrat)');
  });

  it('says which outcome to buy on each venue, respecting a question worded the other way round', () => {
    expect(gapSides(gap({ direction: 'yesA_noB' }), 'same')).toEqual({ left: 'yes', right: 'no' });
    expect(gapSides(gap({ direction: 'noA_yesB' }), 'same')).toEqual({ left: 'no', right: 'yes' });
    expect(gapSides(gap({ direction: 'yesA_noB' }), 'inverted')).toEqual({ left: 'yes', right: 'yes' });
    expect(gapSides(gap({ direction: 'noA_yesB' }), 'inverted')).toEqual({ left: 'no', right: 'no' });
    // The background's own outcomes win when it sends them.
    expect(gapSides(gap({ leftOutcome: 'no', rightOutcome: 'no' }), 'inverted')).toEqual({
      left: 'no',
      right: 'no',
    });
  });
});
