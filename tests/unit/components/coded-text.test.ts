import { describe, expect, it } from 'vitest';
import { formatParam, renderCoded, renderCodedList, translateCoded } from '../../../components/ui/coded-text';
import { coded } from '../../../lib/messaging/coded-text';
import { localeMessages, lookupIn } from './locale-messages';

const fr = lookupIn(localeMessages('fr'));
const en = lookupIn(localeMessages('en'));
const FR = 'fr-FR';
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('coded text rendering', () => {
  it('renders a coded text in French with numbers in the French format', () => {
    const text = coded('max_exposure', { exposureUsd: 1_508_250_000, limitUsd: 500_000_000 });
    expect(nbsp(renderCoded('errors', 'Exposure would reach …', text, fr, FR))).toBe(
      'L’exposition atteindrait 1 508,25 $, au-delà de votre limite de 500,00 $',
    );
  });

  it('formats params by their name: money, prices, ratios, signed moves, shares, counts', () => {
    expect(nbsp(formatParam('limitUsd', 1_234_500_000, fr, FR))).toBe('1 234,50 $');
    expect(formatParam('bestPrice', 525_000, fr, FR)).toBe('52,5¢');
    expect(nbsp(formatParam('slippageRatio', 0.0204, fr, FR))).toBe('2 %');
    expect(nbsp(formatParam('yesMove', -0.083, fr, FR))).toBe('−8,3 %');
    expect(formatParam('orderShares', 12_500_000, fr, FR)).toBe('12,5');
    expect(nbsp(formatParam('seen', 5_000, fr, FR))).toBe('5 000');
    expect(formatParam('side', 'no', fr, FR)).toBe('NON');
    expect(formatParam('closeReason', 'take_profit', fr, FR)).toBe('Prise de bénéfice');
    expect(formatParam('closeReason', 'unheard_of', fr, FR)).toBe('unheard_of');
    expect(formatParam('market', 'Will it rain?', fr, FR)).toBe('Will it rain?');
  });

  it('falls back to the English text when the locale has no message for the code', () => {
    expect(renderCoded('errors', 'Something new happened.', coded('brand_new_code'), fr, FR)).toBe(
      'Something new happened.',
    );
    expect(translateCoded('errors', coded('brand_new_code'), fr, FR)).toBeNull();
  });

  it('falls back when the message names a param the text does not carry (never shows "{api}")', () => {
    // The news adapter's rate_limited names a source, not an API and endpoint.
    const news = coded('rate_limited', { source: 'GDELT' });
    expect(renderCoded('errors', 'GDELT asks us to slow down.', news, fr, FR)).toBe(
      'GDELT asks us to slow down.',
    );
  });

  it('falls back without a coded form (older rows) or with a malformed code', () => {
    expect(renderCoded('errors', 'Old row.', undefined, fr, FR)).toBe('Old row.');
    expect(renderCoded('errors', 'Old row.', null, fr, FR)).toBe('Old row.');
    expect(renderCoded('errors', 'Odd.', { code: 'a.b', params: {} }, fr, FR)).toBe('Odd.');
  });

  it('puts a translated cause in place of the English reason, and keeps the reason otherwise', () => {
    const cause = coded('rate_limited', { api: 'data', endpoint: '/trades' });
    const note = coded('books_unavailable', { reason: 'Polymarket is rate limiting us …' }, cause);
    expect(renderCoded('passNotes', 'Order books unavailable: …', note, fr, FR)).toBe(
      'Carnets d’ordres indisponibles : Polymarket limite le nombre de nos requêtes (data /trades) ; nouvel essai plus tard.',
    );
    const plain = coded('books_unavailable', { reason: 'socket hang up' });
    expect(renderCoded('passNotes', 'Order books unavailable: socket hang up', plain, fr, FR)).toBe(
      'Carnets d’ordres indisponibles : socket hang up',
    );
  });

  it('joins a list only when every part translates: one language per line', () => {
    const both = [coded('books_missing'), coded('history_unavailable', { count: 3 })];
    expect(renderCodedList('passNotes', 'English.', both, ' · ', fr, FR)).toBe(
      'Des carnets d’ordres manquaient : leurs positions n’ont pas été réévaluées. · Historique des prix indisponible (marchés concernés : 3)',
    );
    const mixed = [coded('books_missing'), coded('not_in_any_locale')];
    expect(renderCodedList('passNotes', 'English.', mixed, ' · ', fr, FR)).toBe('English.');
    expect(renderCodedList('passNotes', 'English.', [], ' · ', fr, FR)).toBe('English.');
  });

  it('the English messages say what the background says (same words; numbers in the UI format)', () => {
    const cases: [string, string, ReturnType<typeof coded>][] = [
      [
        'errors',
        'Polymarket is rate limiting us (data /trades); retry later.',
        coded('rate_limited', { api: 'data', endpoint: '/trades' }),
      ],
      ['errors', '5 positions are open, your limit is 5', coded('max_positions', { open: 5, max: 5 })],
      [
        'errors',
        'Exposure would reach $508.00, above your $500.00 limit',
        coded('max_exposure', { exposureUsd: 508_000_000, limitUsd: 500_000_000 }),
      ],
      [
        'passNotes',
        'Some order books were missing: their positions were not re-priced.',
        coded('books_missing'),
      ],
      [
        'passSummaries',
        '2 positions checked: 0 liquidated, 1 closed, 0 resolved.',
        coded('monitor_done', { checked: 2, liquidated: 0, closed: 1, resolved: 0 }),
      ],
      ['tradeOutcomes', '1 of 2 positions closed.', coded('closed_some', { closed: 1, total: 2 })],
    ];
    for (const [namespace, english, text] of cases) {
      expect(translateCoded(namespace, text, en, 'en-US')).toBe(english);
    }
  });

  it('every coded message exists in English and French, naming the same params', () => {
    const enAll = localeMessages('en');
    const frAll = localeMessages('fr');
    const namespaces = [
      'outcomeSides',
      'errors',
      'passNotes',
      'passSummaries',
      'entryNotes',
      'tradeOutcomes',
      'settingsErrors',
      'rejections',
      'factorNotes',
      'tradeErrors',
    ];
    // A plural message names its params once per form: compare the set of names.
    const names = (text: string) =>
      [...new Set([...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]))].sort();
    const keys = (all: Map<string, string>) =>
      [...all.keys()].filter((k) => namespaces.includes(k.split('.')[0] ?? '')).sort();
    expect(keys(frAll)).toEqual(keys(enAll));
    expect(keys(enAll).length).toBeGreaterThan(70);
    for (const key of keys(enAll)) {
      expect([key, names(frAll.get(key) ?? '')]).toEqual([key, names(enAll.get(key) ?? '')]);
    }
  });
});

describe('plural coded texts', () => {
  it('take the form for their count in both languages (French: 0 and 1 are singular)', () => {
    const feeds = (count: number, lookup: typeof fr, locale: string) =>
      translateCoded('factorNotes', coded('news_count', { count }), lookup, locale);
    expect(feeds(1, en, 'en-US')).toBe('1 matching headline in 48 h');
    expect(feeds(3, en, 'en-US')).toBe('3 matching headlines in 48 h');
    expect(feeds(0, fr, FR)).toBe('0 titre correspondant en 48 h');
    expect(feeds(1, fr, FR)).toBe('1 titre correspondant en 48 h');
    expect(nbsp(feeds(1200, fr, FR) ?? '')).toBe('1 200 titres correspondants en 48 h');
    const open = (count: number) =>
      translateCoded('errors', coded('paper_positions_open', { count }), fr, FR);
    expect(open(1)).toBe('Fermez la position papier ouverte avant de réinitialiser le portefeuille papier.');
    expect(open(2)).toBe(
      'Fermez les 2 positions papier ouvertes avant de réinitialiser le portefeuille papier.',
    );
  });
});
