import { afterEach, describe, expect, it, vi } from 'vitest';
import { MatchCard } from '../../../../components/dashboard/crossvenue/MatchCard';
import { OverlayCrossVenue } from '../../../../components/overlay/OverlayCrossVenue';
import { matchView, renderIn, visibleText } from './render-in';

afterEach(() => vi.restoreAllMocks());

const card = (match = matchView()) => (
  <MatchCard
    match={match}
    stake={100_000_000}
    now={Date.now()}
    busy={false}
    bothQuestions
    onVerdict={() => {}}
  />
);

describe('one market on both venues, in the scanner', () => {
  it('shows both venues’ asks side by side, the gap after fees as no edge, the confidence and why', () => {
    const html = renderIn('en', card());
    const text = visibleText(html);
    expect(text).toContain('Polymarket 52¢ 49¢');
    expect(text).toContain('Kalshi 51¢ 50¢');
    expect(text).toContain('Gap after both venues’ fees, for $100.00: −$0.42 (−0.4 %) — no edge after fees');
    expect(text).toContain('Buy YES on Polymarket and NO on Kalshi · 97 pairs: cost $98.90, fees $1.52');
    expect(text).toContain('Likely match 82 %');
    expect(text).toContain('74 % of the question and resolution wording in common');
    expect(text).toContain('Same threshold: 3.25%');
    // A loss is red, never the colour of a gain.
    expect(html).toMatch(/class="[^"]*text-loss[^"]*">−\$0\.42/);
    expect(html).not.toContain('text-gain');
  });

  it('presses the current verdict and offers the two others, each with its name', () => {
    const html = renderIn('en', card(matchView({ verdict: 'confirmed' })));
    expect(html).toMatch(/aria-pressed="true" data-verdict="confirmed"[^>]*>Confirm</);
    expect(html).toMatch(/aria-pressed="false" data-verdict="rejected"[^>]*>Not the same bet</);
    expect(html).toMatch(/aria-pressed="false" data-verdict="auto"[^>]*>Back to automatic</);
    expect(visibleText(html)).toContain('Confirmed by you');
  });

  it('warns when the question is worded the other way round, and the legs to buy follow it', () => {
    const inverted = matchView({
      orientation: 'inverted',
      reasons: [{ code: 'inverted_outcomes', params: { left: 'up', right: 'down' } }],
      gap: { ...matchView().gap!, direction: 'noA_yesB', gap: 310_000, returnRatio: 0.0031 },
    });
    const html = renderIn('en', card(inverted));
    const text = visibleText(html);
    expect(text).toContain('Worded the other way round: YES here is NO there');
    expect(text).toContain('Worded the other way round (above vs below): YES here is NO there');
    expect(text).toContain('Buy NO on Polymarket and NO on Kalshi');
    expect(text).toContain('+$0.31 (+0.3 %) — locked in after fees, before transfer costs');
    expect(html).toMatch(/class="[^"]*text-gain[^"]*">\+\$0\.31/);
  });

  it('says there is no gap when a book is too thin, without a number', () => {
    const text = visibleText(renderIn('en', card(matchView({ gap: null, confidence: 0.55 }))));
    expect(text).toContain('Possible match 55 %');
    expect(text).toContain('no gap (a book is empty or too thin for one contract)');
    expect(text).not.toMatch(/[−+]\$/);
  });

  it('speaks French: pari, frais, écart après frais, and French numbers', () => {
    const text = visibleText(renderIn('fr', card()));
    expect(text).toContain(
      'Écart après les frais des deux plateformes, pour 100,00 $ : −0,42 $ (−0,4 %) — aucun avantage après frais',
    );
    expect(text).toContain('Correspondance probable 82 %');
    expect(text).toContain(
      'Acheter OUI sur Polymarket et NON sur Kalshi · 97 paires : coût 98,90 $, frais 1,52 $',
    );
    expect(text).toContain('Est-ce le même pari ?');
    expect(text).toContain('Pas le même pari');
    for (const english of ['Confirm ', 'Likely', 'after fees', 'Buy ', 'ask'])
      expect(text).not.toContain(english);
  });
});

describe('the same market in the page overlay', () => {
  it('shows the other venue’s prices and the gap, and offers no action at all', () => {
    const html = renderIn('en', <OverlayCrossVenue matches={[matchView()]} />);
    const text = visibleText(html);
    expect(text).toContain('Same event on Kalshi');
    expect(text).toContain('Kalshi 51¢ 50¢');
    expect(text).toContain('−$0.42 (−0.4 %) — no edge after fees');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('<a ');
  });

  it('shows nothing when the market has no match', () => {
    expect(renderIn('en', <OverlayCrossVenue matches={[]} />)).toBe('');
  });
});
