import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchesByMarket } from '../../../../components/dashboard/crossvenue/matches-by-market';
import { SameEventView } from '../../../../components/dashboard/crossvenue/SameEventView';
import type { CrossVenueState } from '../../../../components/dashboard/crossvenue/use-cross-venue';
import type { CrossVenueListView } from '../../../../lib/messaging/cross-venue-protocol';
import { matchView, renderIn, visibleText } from './render-in';

afterEach(() => vi.restoreAllMocks());

const state = (view: Partial<CrossVenueListView>, over: Partial<CrossVenueState> = {}): CrossVenueState => ({
  view: { matches: [], stake: 100_000_000, updatedAt: Date.now(), kalshiEnabled: true, ...view },
  error: null,
  refreshing: false,
  deciding: false,
  pairingBusy: false,
  refresh: async () => {},
  setVerdict: async () => true,
  pair: async () => true,
  ...over,
});

const render = (lang: 'en' | 'fr', s: CrossVenueState) =>
  renderIn(lang, <SameEventView state={s} now={Date.now()} showRejected={false} onShowRejected={() => {}} />);

describe('the markets on both venues', () => {
  it('says Kalshi is off and how to turn it on, with the way to the options', () => {
    const html = render('en', state({ kalshiEnabled: false, updatedAt: null }));
    expect(visibleText(html)).toContain(
      'Kalshi is off Turn on “Scan Kalshi markets” in Options → Kalshi, then run a scan',
    );
    expect(html).toMatch(/<a href="[^"]*options\.html"[^>]*>Open Options<\/a>/);
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Refresh prices</);
    expect(visibleText(html)).not.toContain('Pairs:');
    expect(visibleText(render('fr', state({ kalshiEnabled: false })))).toContain(
      'Kalshi est désactivé Activez « Scanner les marchés Kalshi » dans Options → Kalshi',
    );
  });

  it('tells “not compared yet” from “no match found”', () => {
    expect(visibleText(render('en', state({ updatedAt: null })))).toContain('Not compared yet');
    const none = visibleText(render('en', state({})));
    expect(none).toContain('No market found on both venues');
    expect(none).toContain('You can pair one by hand');
  });

  it('lists the pairs in the background’s order with their count and stake, and shows refresh progress', () => {
    const first = matchView();
    const second = matchView({ id: 'b|kalshi:B', gap: null });
    const html = render('en', state({ matches: [first, second] }, { refreshing: true }));
    const text = visibleText(html);
    expect(text).toContain('Pairs: 2 · gaps for a stake of $100.00');
    expect(text).toContain('Re-reading both venues’ books for 2 pairs…');
    expect(html.indexOf(`data-match-id="${first.id}"`)).toBeLessThan(
      html.indexOf('data-match-id="b|kalshi:B"'),
    );
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Refresh prices</);
    expect(visibleText(render('fr', state({ matches: [first] })))).toContain(
      'Paires : 1 · écarts pour une mise de 100,00 $',
    );
  });
});

describe('the matches of each scanner row', () => {
  it('belong to both their markets’ rows, and a rejected pair is in none', () => {
    const kept = matchView();
    const rejected = matchView({ id: 'cond-fed|kalshi:OTHER', verdict: 'rejected' });
    const rows = matchesByMarket([kept, rejected]);
    expect(rows.get('cond-fed')).toEqual([kept]);
    expect(rows.get('kalshi:KXFED-26DEC-T3.25')).toEqual([kept]);
    expect(rows.has('kalshi:OTHER')).toBe(false);
  });
});
